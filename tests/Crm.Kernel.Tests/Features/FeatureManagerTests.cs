using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Features;

public sealed class FeatureManagerTests
{
    [Theory, Databases]
    public async Task Enabling_a_feature_enables_its_dependencies_first(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);

        var enabled = await shell.ScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Test.EchoExtra"]));

        Assert.Equal(["Crm.Test.Base", "Crm.Test.Echo", "Crm.Test.EchoExtra"], enabled.Select(f => f.Id));
        var features = shell.Services.GetRequiredService<IShellFeatures>();
        Assert.True(features.IsEnabled("Crm.Test.Base"));
        Assert.True(features.IsEnabled("Crm.Test.EchoExtra"));
    }

    [Theory, Databases]
    public async Task Disabling_a_feature_disables_its_dependents_but_not_its_dependencies(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);
        await shell.EnableAsync("Crm.Test.EchoExtra");

        var disabled = await shell.ScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(["Crm.Test.Echo"]));

        Assert.Equal(["Crm.Test.Echo", "Crm.Test.EchoExtra"], disabled.Select(f => f.Id).Order());
        var features = shell.Services.GetRequiredService<IShellFeatures>();
        Assert.False(features.IsEnabled("Crm.Test.EchoExtra"));
        Assert.True(features.IsEnabled("Crm.Test.Base"));
    }

    [Theory, Databases]
    public async Task An_always_on_feature_refuses_to_be_disabled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);
        await shell.EnableAsync("Crm.Test.Always");

        var error = await Assert.ThrowsAsync<FeatureException>(() => shell.DisableAsync("Crm.Test.Always"));

        Assert.Contains("always enabled", error.Message);
        Assert.True(shell.Services.GetRequiredService<IShellFeatures>().IsEnabled("Crm.Test.Always"));
    }

    [Theory, Databases]
    public async Task An_unknown_feature_is_refused_by_name(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);

        var error = await Assert.ThrowsAsync<FeatureException>(() => shell.EnableAsync("Crm.NoSuchThing"));

        Assert.Contains("Crm.NoSuchThing", error.Message);
    }

    [Theory, Databases]
    public async Task A_second_node_sees_a_change_after_its_next_refresh(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var first = await TestShell.StartAsync(database);
        await using var second = await TestShell.StartAsync(database);
        var secondView = second.Services.GetRequiredService<IShellFeatures>();
        Assert.False(secondView.IsEnabled("Crm.Test.Echo"));

        await first.EnableAsync("Crm.Test.Echo");
        Assert.False(secondView.IsEnabled("Crm.Test.Echo"));
        await secondView.RefreshAsync();

        Assert.True(secondView.IsEnabled("Crm.Test.Echo"));
        var serialRow = await second.ScopeAsync(sp => sp.GetRequiredService<CrmDbContext>().ShellState.SingleAsync());
        Assert.Equal(serialRow.FeaturesSerial, secondView.Serial);
    }
}
