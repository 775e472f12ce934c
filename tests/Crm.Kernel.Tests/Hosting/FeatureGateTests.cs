using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Kernel.Tests.Hosting;

/// <summary>A disabled feature's endpoints answer 404 over real HTTP, and come back when it is enabled, on this node or another.</summary>
public sealed class FeatureGateTests
{
    [Theory, Databases]
    public async Task A_disabled_features_endpoint_answers_404_and_answers_once_enabled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(database);
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/test/echo")).StatusCode);

        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Test.Echo"]);

        var enabled = await client.GetAsync("/test/echo");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.StartsWith("echo", await enabled.Content.ReadAsStringAsync());

        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().DisableAsync(["Crm.Test.Echo"]);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/test/echo")).StatusCode);
        // The dependency stays on: only the dependent went off.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/test/base")).StatusCode);
    }

    [Theory, Databases]
    public async Task A_change_made_by_another_node_applies_at_the_next_request(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(database);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/test/base")).StatusCode);

        await using (var otherNode = await TestShell.StartAsync(database))
            await otherNode.EnableAsync("Crm.Test.Base");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/test/base")).StatusCode);
    }

    [Theory, Databases]
    public async Task Health_answers_200_when_the_database_is_reachable(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(database);

        var response = await host.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync());
    }
}
