using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentTypes.Services;
using OrchardCrm.Modules;

namespace OrchardCrm.ContentTypes;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<ContentTypesPermissions>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddScoped<ContentTypeEditor>();
        services.AddScoped<TypeFieldEditor>();
        services.AddScoped<FieldSettingsValidator>();
    }
}
