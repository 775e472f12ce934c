using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Navigation;
using OrchardCrm.Recipes;
using OrchardCrm.Security;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Features;

/// <summary>A feature that is off leaves no trace: its handlers, menu entries, permissions and recipe steps are absent.</summary>
public sealed class FeatureContributionTests
{
    [Theory, Databases]
    public async Task A_disabled_features_contributions_are_absent_and_appear_when_it_is_enabled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);

        var off = await shell.ScopeAsync(sp => Task.FromResult(Contributions.Read(sp)));
        Assert.DoesNotContain(typeof(EchoContentHandler), off.Handlers);
        Assert.DoesNotContain("Echo", off.RecipeSteps);
        Assert.DoesNotContain("UseEcho", off.Permissions);
        Assert.DoesNotContain("Echo", off.MenuTexts);

        await shell.EnableAsync("Crm.Test.Echo");

        var on = await shell.ScopeAsync(sp => Task.FromResult(Contributions.Read(sp)));
        Assert.Contains(typeof(EchoContentHandler), on.Handlers);
        Assert.Contains("Echo", on.RecipeSteps);
        Assert.Contains("UseEcho", on.Permissions);
        Assert.Contains("Echo", on.MenuTexts);

        await shell.DisableAsync("Crm.Test.Echo");

        var offAgain = await shell.ScopeAsync(sp => Task.FromResult(Contributions.Read(sp)));
        Assert.Equal(off, offAgain with { });
        Assert.DoesNotContain(typeof(EchoContentHandler), offAgain.Handlers);
    }

    private sealed record Contributions(List<Type> Handlers, List<string> RecipeSteps, List<string> Permissions, List<string> MenuTexts)
    {
        public static Contributions Read(IServiceProvider sp) => new(
            sp.GetRequiredService<OrchardCrm.Modules.IEnabled<IContentHandler>>().Select(h => h.GetType()).ToList(),
            sp.GetRequiredService<OrchardCrm.Modules.IEnabled<IRecipeStepHandler>>().Select(s => s.Name).ToList(),
            sp.GetRequiredService<IPermissionService>().ListPermissionsAsync().GetAwaiter().GetResult().Select(p => p.Name).ToList(),
            sp.GetRequiredService<INavigationManager>().BuildMenu().Select(m => m.Text).ToList());

        public bool Equals(Contributions? other) =>
            other is not null && Handlers.SequenceEqual(other.Handlers) && RecipeSteps.SequenceEqual(other.RecipeSteps)
            && Permissions.SequenceEqual(other.Permissions) && MenuTexts.SequenceEqual(other.MenuTexts);

        public override int GetHashCode() => Handlers.Count;
    }
}
