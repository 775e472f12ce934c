using Microsoft.AspNetCore.Mvc.ApplicationParts;
using OrchardCrm.Web.Setup;

// In the host's root namespace, so CrmHost calls it without a using.
namespace OrchardCrm.Web;

public static class SetupPageServices
{
    /// <summary>
    /// The setup page and the redirect to it. The host's own controllers and views are added to MVC
    /// when the host is not the entry assembly (a test runner builds it), and the redirect runs first
    /// in the pipeline, before static files and authentication.
    /// </summary>
    public static IServiceCollection AddCrmSetupPage(this IServiceCollection services)
    {
        services.AddSingleton<SetupState>();
        services.AddMvcCore().ConfigureApplicationPartManager(manager =>
        {
            var host = typeof(SetupController).Assembly;
            if (manager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == host)) return;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(host).GetApplicationParts(host))
                manager.ApplicationParts.Add(part);
        });
        services.AddTransient<IStartupFilter, SetupRedirectStartupFilter>();
        return services;
    }

    private sealed class SetupRedirectStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<SetupRedirectMiddleware>();
            next(app);
        };
    }
}
