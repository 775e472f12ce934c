using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Contents.Editors;
using OrchardCrm.Contents.Endpoints;
using OrchardCrm.Contents.Security;
using OrchardCrm.Modules;

namespace OrchardCrm.Contents;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<ContentPermissions>();
        services.AddScoped<ContentAuthorizer>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddContentEditors();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapContentApi();
}
