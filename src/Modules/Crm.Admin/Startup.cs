using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Admin.Dashboard;
using OrchardCrm.Modules;

namespace OrchardCrm.Admin;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<AdminPermissions>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddDashboardWidget<SiteWidget>();
    }

    /// <summary>The site's root is the dashboard (anonymous visitors are sent to sign in first).</summary>
    public override void Configure(IEndpointRouteBuilder routes) =>
        routes.MapGet("/", () => Results.Redirect("/admin"));
}
