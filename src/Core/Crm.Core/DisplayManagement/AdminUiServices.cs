using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;

namespace OrchardCrm.DisplayManagement;

public static class AdminUiServices
{
    /// <summary>
    /// MVC with every module's controllers and compiled views (modules and themes are Razor class
    /// libraries), antiforgery checked on every unsafe request, and the notifier.
    /// </summary>
    public static IServiceCollection AddCrmAdminUi(this IServiceCollection services, ModuleCatalog catalog)
    {
        var mvc = services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()));
        foreach (var assembly in catalog.Modules.Select(m => m.Assembly).Distinct())
            mvc.AddApplicationPart(assembly);
        services.AddScoped<INotifier, TempDataNotifier>();
        return services;
    }
}
