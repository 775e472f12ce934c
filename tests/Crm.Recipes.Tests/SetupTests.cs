using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Settings;
using OrchardCrm.Setup;
using OrchardCrm.Testing;

namespace OrchardCrm.Recipes.Tests;

public sealed class SetupTests
{
    private static Task<SetupResult> SetupAsync(TestShell shell, SetupRequest request) =>
        shell.ScopeAsync(sp => sp.GetRequiredService<ISetupService>().SetupAsync(request));

    [Theory, Databases]
    public async Task Setup_creates_an_administrator_who_can_sign_in_with_the_generated_password(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await SetupAsync(shell, new SetupRequest { SiteName = "Acme CRM", AdminUserName = "boss", AdminEmail = "boss@acme.test" });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.NotNull(result.GeneratedPassword);
        await shell.ScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CrmUser>>();
            var admin = await users.FindByNameAsync("boss");
            Assert.NotNull(admin);
            Assert.True(await users.CheckPasswordAsync(admin, result.GeneratedPassword));
            Assert.True(await users.IsInRoleAsync(admin, RoleNames.Administrator));

            var settings = await sp.GetRequiredService<ISiteService>().GetSiteSettingsAsync();
            Assert.Equal("Acme CRM", settings.SiteName);
            Assert.Equal(admin.Id, settings.SuperUser);
            Assert.NotNull(settings.SetupCompletedUtc);
        });
        var features = shell.Services.GetRequiredService<IShellFeatures>();
        Assert.True(features.IsEnabled("Crm.Contents"));
        Assert.True(features.IsEnabled("Crm.Test.Always"));
    }

    [Theory, Databases]
    public async Task Setup_with_sample_data_runs_both_recipes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await SetupAsync(shell, new SetupRequest
        {
            AdminUserName = "admin", AdminEmail = "admin@example.com", AdminPassword = "Correct-Horse-42", ExtraRecipes = ["sample-data"],
        });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Null(result.GeneratedPassword);
        // The sample data, and a welcome task for each of its 30 accounts from the setup recipe's automation.
        Assert.Contains("content rows 1545", await DatabaseSnapshot.TakeAsync(shell));
    }

    [Theory, Databases]
    public async Task Setup_on_a_site_that_is_set_up_is_refused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        Assert.True((await SetupAsync(shell, new SetupRequest { AdminUserName = "admin", AdminEmail = "admin@example.com" })).Succeeded);
        var before = await DatabaseSnapshot.TakeAsync(shell);

        var again = await SetupAsync(shell, new SetupRequest { AdminUserName = "other", AdminEmail = "other@example.com" });

        Assert.Contains("already set up", Assert.Single(again.Errors));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(shell));
    }

    [Theory, Databases]
    public async Task A_weak_password_is_refused_before_anything_is_applied(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var before = await DatabaseSnapshot.TakeAsync(shell);

        var result = await SetupAsync(shell, new SetupRequest { AdminUserName = "admin", AdminEmail = "admin@example.com", AdminPassword = "short" });

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.StartsWith("Admin password:", e));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(shell));
    }

    [Theory, Databases]
    public async Task A_failing_extra_recipe_leaves_the_site_not_set_up(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var before = await DatabaseSnapshot.TakeAsync(shell);
        var bad = Path.Combine(db.DataDirectory, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """{ "name": "bad", "steps": [ { "name": "feature", "enable": [ "Crm.Nope" ] } ] }""");

        var result = await SetupAsync(shell, new SetupRequest { AdminUserName = "admin", AdminEmail = "admin@example.com", ExtraRecipes = [bad] });

        Assert.Contains("step 1 'feature', field 'enable[0]': unknown feature 'Crm.Nope'", Assert.Single(result.Errors));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(shell));
        Assert.False(shell.Services.GetRequiredService<IShellFeatures>().IsEnabled("Crm.Contents"));
    }
}
