using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Settings;
using OrchardCrm.Recipes;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Browser.Tests.Admin;

/// <summary>The dashboard, features and recipes pages over HTTP: who may open them, and a recipe that is refused.</summary>
public sealed class AdminPagesHttpTests
{
    [Theory, Databases]
    public async Task Every_default_role_opens_the_dashboard_but_only_administrators_manage_features_and_recipes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(db);
        await AdminHttpSession.SetUpAsync(host);
        await AdminHttpSession.CreateUserAsync(host, "newhire", RoleNames.NewHire);
        await AdminHttpSession.CreateUserAsync(host, "sales", RoleNames.SalesManager);

        foreach (var userName in new[] { "newhire", "sales" })
        {
            var client = await AdminHttpSession.SignInAsync(host, userName);
            var dashboard = await client.GetAsync("/admin");
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
            var html = await dashboard.Content.ReadAsStringAsync();
            Assert.Contains("HTTP tests", html); // the Site card: the site's name
            Assert.DoesNotContain("href=\"/admin/features\"", html); // the menu has no Features entry for them

            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/admin/features")).StatusCode);
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/admin/recipes")).StatusCode);
        }

        var admin = await AdminHttpSession.SignInAsync(host, "admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/features")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/recipes")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var host = new TestWebHost(db);
        await AdminHttpSession.SetUpAsync(host);
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var path in new[] { "/admin", "/admin/features", "/admin/recipes", "/admin/features/Crm.Contents/disable" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/login", response.Headers.Location!.ToString());
        }
    }

    [Theory, Databases]
    public async Task A_bad_recipe_run_from_the_recipes_page_shows_each_error_with_its_step_and_field_and_applies_nothing(string provider)
    {
        var recipes = Directory.CreateTempSubdirectory("crm-recipes-");
        try
        {
            var shipped = RecipeLocations.FindRecipesDirectory("recipes")!;
            foreach (var name in new[] { "crm.recipe.json", "sales-automation.recipe.json" })
                File.Copy(Path.Combine(shipped, name), Path.Combine(recipes.FullName, name));
            await File.WriteAllTextAsync(Path.Combine(recipes.FullName, "broken.recipe.json"), """
                {
                  "name": "broken",
                  "displayName": "Broken recipe",
                  "description": "Changes a setting, then enables a feature that does not exist.",
                  "version": "1.0.0",
                  "steps": [
                    { "name": "settings", "PageSize": 77 },
                    { "name": "feature", "enable": [ "Crm.NoSuchFeature" ] }
                  ]
                }
                """);

            await using var db = await TestDatabase.CreateAsync(provider);
            await using var host = new TestWebHost(db, new Dictionary<string, string?> { ["Crm:RecipesDirectory"] = recipes.FullName });
            await AdminHttpSession.SetUpAsync(host);
            var admin = await AdminHttpSession.SignInAsync(host, "admin");

            var list = await admin.GetStringAsync("/admin/recipes");
            Assert.Contains("Broken recipe", list);

            var run = await AdminHttpSession.PostFormAsync(admin, "/admin/recipes/broken/run", "/admin/recipes/broken/run");
            Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
            var result = WebUtility.HtmlDecode(await admin.GetStringAsync(run.Headers.Location!.ToString()));
            Assert.Contains("nothing of it was applied", result);
            Assert.Matches("step 2 'feature', field '[^']*': [^<]*Crm.NoSuchFeature", result);

            // The first step was not applied either.
            await using var scope = host.Services.CreateAsyncScope();
            Assert.NotEqual(77, (await scope.ServiceProvider.GetRequiredService<ISiteService>().GetSiteSettingsAsync()).PageSize);
        }
        finally
        {
            recipes.Delete(recursive: true);
        }
    }
}
