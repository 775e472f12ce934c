using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Recipes.Tests;

/// <summary>A bad recipe is refused with the step's position and name and the field, and the database is left exactly as it was.</summary>
public sealed class RefusedRecipeTests
{
    /// <summary>A step that fails while it runs, after the earlier steps have written.</summary>
    private sealed class ExplodingStep : IRecipeStepHandler
    {
        public string Name => "Explode";

        public Task ExecuteAsync(RecipeStepContext context) => throw new InvalidOperationException("The step blew up.");
    }

    private static async Task<RecipeError> AssertRefusedAsync(string provider, string json, int position, string step, string field, string messagePart)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db, s => s.AddScoped<IRecipeStepHandler, ExplodingStep>());
        await shell.RunRecipeOrFailAsync(TestRecipes.Baseline);
        var before = await DatabaseSnapshot.TakeAsync(shell);
        var enabledBefore = shell.Services.GetRequiredService<IShellFeatures>().EnabledFeatureIds.Order().ToList();

        var result = await shell.RunRecipeAsync(json);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal((position, step, field), (error.Position, error.Step, error.Field));
        Assert.Contains(messagePart, error.Message);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(shell));
        Assert.Equal(enabledBefore, shell.Services.GetRequiredService<IShellFeatures>().EnabledFeatureIds.Order().ToList());
        return error;
    }

    [Theory, Databases]
    public async Task Malformed_json_is_refused_with_the_line(string provider)
    {
        var error = await AssertRefusedAsync(provider, "{ \"name\": \"broken\",\n  \"steps\": [ { \"name\": \"feature\" ", 0, "", "", "not valid JSON");
        Assert.Contains("line 2", error.Message);
    }

    [Theory, Databases]
    public async Task An_unknown_step_is_refused(string provider) =>
        await AssertRefusedAsync(provider, """
            { "name": "x", "steps": [ { "name": "settings", "SiteName": "Changed" }, { "name": "Teleport" } ] }
            """, 2, "Teleport", "name", "unknown step 'Teleport'");

    [Theory, Databases]
    public async Task An_unknown_feature_is_refused_naming_its_index(string provider) =>
        await AssertRefusedAsync(provider, """
            { "name": "x", "steps": [ { "name": "feature", "enable": [ "Crm.Test.EchoExtra", "Crm.Test.Base", "Crm.NoSuchFeature" ] } ] }
            """, 1, "feature", "enable[2]", "unknown feature 'Crm.NoSuchFeature'");

    [Theory, Databases]
    public async Task A_step_of_a_disabled_feature_is_refused(string provider) =>
        await AssertRefusedAsync(provider, """
            { "name": "x", "steps": [ { "name": "feature", "disable": [ "Crm.Test.Echo" ] }, { "name": "Echo", "Message": "hi" } ] }
            """, 2, "Echo", "name", "Crm.Test.Echo");

    [Theory, Databases]
    public async Task A_bad_field_value_in_a_content_step_is_refused_with_its_field(string provider) =>
        await AssertRefusedAsync(provider, $$"""
            { "name": "x", "steps": [ { "name": "settings", "SiteName": "Changed" }, { "name": "content", "data": [
              {{TestRecipes.Memo("memo00000000000000000000003", "Third", "ok", 1)}},
              {{TestRecipes.Memo("memo00000000000000000000004", "Fourth", "too urgent", 9)}} ] } ] }
            """, 2, "content", "data[1].Memo.Priority", "");

    [Theory, Databases]
    public async Task A_bad_setting_is_refused_with_its_name(string provider) =>
        await AssertRefusedAsync(provider, """
            { "name": "x", "steps": [ { "name": "settings", "SiteName": "Changed", "DefaultCurrency": "euro" } ] }
            """, 1, "settings", "DefaultCurrency", "ISO 4217");

    [Theory, Databases]
    public async Task An_unknown_variable_is_refused_by_name(string provider) =>
        await AssertRefusedAsync(provider, """
            { "name": "x", "steps": [ { "name": "settings", "SiteName": "[js:variables('siteTitle')]" } ] }
            """, 1, "settings", "SiteName", "unknown variable 'siteTitle'");

    [Theory, Databases]
    public async Task A_failure_in_the_last_step_rolls_back_every_earlier_step(string provider) =>
        await AssertRefusedAsync(provider, $$"""
            { "name": "x", "steps": [
              { "name": "feature", "enable": [ "Crm.Test.EchoExtra", "Crm.Test.Always" ] },
              { "name": "settings", "SiteName": "Changed", "PageSize": 50 },
              { "name": "content", "data": [ {{TestRecipes.Memo("memo00000000000000000000005", "Fifth", "new", 1)}} ] },
              { "name": "Explode" } ] }
            """, 4, "Explode", "", "The step blew up.");

    [Theory, Databases]
    public async Task Content_that_only_the_new_definition_rejects_rolls_back_the_definition_too(string provider) =>
        // The type is changed by this recipe, so the item can only be checked while the step runs.
        await AssertRefusedAsync(provider, $$"""
            { "name": "x", "steps": [
              { "name": "settings", "SiteName": "Changed" },
              {{TestRecipes.MemoDefinitionStep.Replace("\"Maximum\": 5", "\"Maximum\": 3")}},
              { "name": "content", "data": [ {{TestRecipes.Memo("memo00000000000000000000006", "Sixth", "late", 4)}} ] } ] }
            """, 3, "content", "data[0].Memo.Priority", "");
}
