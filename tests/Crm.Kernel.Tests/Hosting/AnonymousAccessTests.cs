using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Hosting;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Kernel.Tests.Hosting;

/// <summary>Every endpoint the application maps refuses an anonymous caller unless it is explicitly public.</summary>
public sealed class AnonymousAccessTests
{
    [Fact]
    public async Task Every_endpoint_that_is_not_public_refuses_an_anonymous_request()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var host = new TestWebHost(database);
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        // A set-up site (before setup every page leads to the setup page) with every feature on, so the
        // gate lets each request reach authorization.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var setup = await scope.ServiceProvider.GetRequiredService<OrchardCrm.Setup.ISetupService>().SetupAsync(new OrchardCrm.Setup.SetupRequest
            {
                AdminUserName = "admin",
                AdminEmail = "admin@example.com",
                AdminPassword = "Anonymous-Test1!",
            });
            Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
            var features = scope.ServiceProvider.GetRequiredService<IFeatureManager>();
            await features.EnableAsync(features.AvailableFeatures.Select(f => f.Id));
        }

        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var checkedCount = 0;
        foreach (var endpoint in endpoints)
        {
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment =>
                string.Concat(segment.Parts.Select(part => part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                    _ => "x1",
                }))));
            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

            if (isPublic) continue;
            checkedCount++;
            Assert.True(
                response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/login")),
                $"{method} {path} answered {(int)response.StatusCode} to an anonymous request");
        }
        Assert.True(checkedCount > 0, "no protected endpoint was checked");
    }
}
