using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Modules;
using OrchardCrm.Settings;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Recipes.Tests;

public sealed class RecipeExecutionTests
{
    [Theory, Databases]
    public async Task A_recipe_applies_features_settings_definitions_and_content(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await shell.RunRecipeAsync(TestRecipes.Baseline);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(4, result.StepsExecuted);
        Assert.Equal("baseline", result.RecipeName);
        Assert.True(shell.Services.GetRequiredService<IShellFeatures>().IsEnabled("Crm.Test.Echo"));
        Assert.True(shell.Services.GetRequiredService<IShellFeatures>().IsEnabled("Crm.Test.Base"));
        await shell.ScopeAsync(async sp =>
        {
            var settings = await sp.GetRequiredService<ISiteService>().GetSiteSettingsAsync();
            Assert.Equal("Baseline CRM", settings.SiteName);
            Assert.Equal("EUR", settings.DefaultCurrency);
            Assert.Equal(25, settings.PageSize);
            Assert.Equal("EMEA", (string?)settings.Properties["Sales"]?["Region"]);

            var memo = await sp.GetRequiredService<IContentManager>().GetAsync("memo00000000000000000000002");
            Assert.NotNull(memo);
            Assert.True(memo.Published);
            Assert.Equal("Second memo", memo.DisplayText);
            Assert.Equal("Send the offer", (string?)memo.GetField("Memo", "Body")?["Text"]);
        });
    }

    [Theory, Databases]
    public async Task Running_a_recipe_twice_changes_nothing_the_second_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.RunRecipeOrFailAsync(TestRecipes.Baseline);
        var afterFirst = await DatabaseSnapshot.TakeAsync(shell);

        await shell.RunRecipeOrFailAsync(TestRecipes.Baseline);

        Assert.Equal(afterFirst, await DatabaseSnapshot.TakeAsync(shell));
    }

    [Theory, Databases]
    public async Task The_shipped_sample_data_runs_twice_with_no_change_the_second_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var file = RecipeTestExtensions.RepositoryRecipe("sample-data.recipe.json");

        var first = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(file));
        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        var afterFirst = await DatabaseSnapshot.TakeAsync(shell);
        var second = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(file));

        Assert.True(second.Succeeded, string.Join("; ", second.Errors));
        Assert.Equal(afterFirst, await DatabaseSnapshot.TakeAsync(shell));
        // 30 accounts, 150 contacts, 945 activities, 90 tasks and 300 deals (no automation: only the sample recipe ran).
        Assert.Contains("content rows 1515", afterFirst);
    }

    [Theory, Databases]
    public async Task A_changed_item_is_updated_and_published_by_the_next_run(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.RunRecipeOrFailAsync(TestRecipes.Baseline);

        await shell.RunRecipeOrFailAsync($$"""
            { "name": "change", "steps": [ { "name": "content", "data": [
              {{TestRecipes.Memo("memo00000000000000000000001", "First memo, revised", "Call back on Monday", 3)}} ] } ] }
            """);

        await shell.ScopeAsync(async sp =>
        {
            var memo = await sp.GetRequiredService<IContentManager>().GetAsync("memo00000000000000000000001");
            Assert.Equal("First memo, revised", memo!.DisplayText);
            Assert.Equal("Call back on Monday", (string?)memo.GetField("Memo", "Body")?["Text"]);
        });
    }

    [Theory, Databases]
    public async Task A_step_of_a_feature_enabled_earlier_in_the_same_recipe_is_accepted(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await shell.RunRecipeAsync("""
            { "name": "echo", "steps": [
              { "name": "feature", "enable": [ "Crm.Test.Echo" ] },
              { "name": "Echo", "Message": "hello from a recipe" } ] }
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Contains(shell.Services.GetRequiredService<EchoLog>().Entries, e => e.Contains("hello from a recipe"));
    }

    [Theory, Databases]
    public async Task Content_created_by_a_recipe_reaches_the_handlers_and_indexes_of_a_feature_it_enabled(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        // Inside the recipe's transaction the shell must already count Echo as enabled, or its handler and index would be skipped.
        await shell.RunRecipeOrFailAsync("""
            { "name": "echo-notes", "steps": [
              { "name": "feature", "enable": [ "Crm.Test.Echo" ] },
              { "name": "ContentDefinition",
                "ContentTypes": [ { "Name": "Note", "ContentTypePartDefinitionRecords": [ { "PartName": "Note", "Name": "Note" } ] } ],
                "ContentParts": [ { "Name": "Note", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Body" } ] } ] },
              { "name": "content", "data": [ { "ContentItemId": "note0000000000000000000001", "ContentType": "Note",
                "DisplayText": "Hello", "Note": { "Body": { "Text": "three small words" } } } ] } ] }
            """);

        Assert.Contains("created note0000000000000000000001", shell.Services.GetRequiredService<EchoLog>().Entries);
        var index = await shell.ScopeAsync(sp => sp.GetRequiredService<OrchardCrm.Data.CrmDbContext>().Set<EchoIndex>().ToListAsync());
        Assert.Equal(3, Assert.Single(index).Words);
    }

    [Theory, Databases]
    public async Task Variables_of_the_recipe_and_of_the_caller_are_substituted(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await shell.RunRecipeAsync("""
            { "name": "vars", "variables": { "currency": "CHF", "size": 40, "site": "from the recipe" },
              "steps": [ { "name": "settings", "SiteName": "[js:variables('site')] / [js: variables(\"region\")]",
                           "DefaultCurrency": "[js:variables('currency')]", "PageSize": "[js:variables('size')]" } ] }
            """, new Dictionary<string, string> { ["region"] = "Nordics" });

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var settings = await shell.ScopeAsync(sp => sp.GetRequiredService<ISiteService>().GetSiteSettingsAsync());
        Assert.Equal("from the recipe / Nordics", settings.SiteName);
        Assert.Equal("CHF", settings.DefaultCurrency);
        Assert.Equal(40, settings.PageSize);
    }

    [Theory, Databases]
    public async Task Disabling_a_feature_in_a_recipe_disables_its_dependents(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.EnableAsync("Crm.Test.EchoExtra");

        await shell.RunRecipeOrFailAsync("""{ "name": "off", "steps": [ { "name": "feature", "disable": [ "Crm.Test.Echo" ] } ] }""");

        var features = shell.Services.GetRequiredService<IShellFeatures>();
        Assert.False(features.IsEnabled("Crm.Test.Echo"));
        Assert.False(features.IsEnabled("Crm.Test.EchoExtra"));
        Assert.True(features.IsEnabled("Crm.Test.Base"));
    }
}
