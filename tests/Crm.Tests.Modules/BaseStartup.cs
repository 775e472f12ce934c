using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.Modules;

namespace OrchardCrm.Tests.Modules;

[Feature("Crm.Test.Base")]
public sealed class BaseStartup : StartupBase
{
    public override void Configure(IEndpointRouteBuilder routes) =>
        routes.MapGet("/test/base", () => Results.Text("base")).AllowAnonymous();
}
