using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.Modules;
using OrchardCrm.Security;

namespace OrchardCrm.Tests.Modules;

[Feature("Crm.Test.Echo")]
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton<EchoLog>();
        services.AddContentHandler<EchoContentHandler>();
        services.AddRecipeStep<EchoRecipeStep>();
        services.AddPermissionProvider<EchoPermissions>();
        services.AddNavigationProvider<EchoAdminMenu>();
        services.AddDataMigration<EchoMigrations>();
        services.AddIndexProvider<EchoIndexProvider, EchoIndex>();
    }

    public override void Configure(IEndpointRouteBuilder routes)
    {
        // Anonymous on purpose: the tests of the feature gate must see 404 come from the gate, not from authorization.
        routes.MapGet("/test/echo", (EchoLog log) => Results.Text($"echo {log.Entries.Count}")).AllowAnonymous();
        routes.MapGet("/api/test/echo", () => Results.Ok(new { echo = true })).RequirePermission(EchoPermissions.UseEcho);
    }
}
