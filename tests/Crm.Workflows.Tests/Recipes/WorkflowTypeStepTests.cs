using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Recipes;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Recipes;

public sealed class WorkflowTypeStepTests
{
    private const string GoodType = """
        {
          "WorkflowTypeId": "recipe-welcome",
          "Name": "Welcome",
          "IsEnabled": true,
          "Activities": [
            { "ActivityId": "go", "Name": "Signal", "IsStart": true, "Properties": { "SignalName": "welcome" } },
            { "ActivityId": "hello", "Name": "SetVariable", "Properties": { "VariableName": "Hello", "Value": "'world'" } }
          ],
          "Transitions": [ { "SourceActivityId": "go", "SourceOutcomeName": "Done", "DestinationActivityId": "hello" } ]
        }
        """;

    private const string BadType = """
        {
          "WorkflowTypeId": "recipe-bad",
          "Name": "Bad",
          "Activities": [ { "ActivityId": "t", "Name": "Timer", "IsStart": true, "Properties": { "Cron": "every day" } } ]
        }
        """;

    private static string Recipe(params string[] types) => $$"""
        {
          "name": "workflows-test",
          "steps": [
            { "name": "feature", "enable": [ "Crm.Workflows" ] },
            { "name": "WorkflowType", "data": [ {{string.Join(",", types)}} ] }
          ]
        }
        """;

    [Theory, Databases]
    public async Task A_bad_workflow_type_refuses_the_recipe_naming_step_and_field_and_applies_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, enable: false);

        var result = await wf.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(Recipe(GoodType, BadType), "test.recipe.json"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "WorkflowType", "data[1].Activities[0].Properties.Cron"), (error.Position, error.Step, error.Field));
        Assert.Contains("five fields", error.Message);
        Assert.False(await wf.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IShellFeatures>().IsEnabled("Crm.Workflows"))));
    }

    [Theory, Databases]
    public async Task Running_the_recipe_twice_changes_nothing_the_second_time_and_export_gives_it_back(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, enable: false);
        async Task RunAsync()
        {
            var result = await wf.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(Recipe(GoodType), "test.recipe.json"));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }

        await RunAsync();
        await RunAsync();

        var versions = await wf.ScopeAsync(sp =>
        {
            var store = sp.GetRequiredService<OrchardCrm.Data.IRecordStore>();
            return store.ListAsync(store.Query<WorkflowTypeRecord>().Where(t => t.WorkflowTypeId == "recipe-welcome"));
        });
        var only = Assert.Single(versions);
        Assert.Equal((1, true, "Welcome"), (only.Version, only.Enabled, only.Name));

        var exported = await wf.ScopeAsync(sp => sp.GetRequiredService<WorkflowExporter>().ExportStepAsync(["recipe-welcome"]));
        Assert.Equal("WorkflowType", exported["name"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(GoodType)!["Activities"]![1]!["Properties"], exported["data"]![0]!["Activities"]![1]!["Properties"]));

        await wf.SignalAsync("welcome");
        Assert.Equal("Finished", (await wf.SingleInstanceAsync("recipe-welcome")).Status);
    }

    [Theory, Databases]
    public async Task The_recipes_step_validates_the_included_recipe_and_refuses_unknown_names(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, enable: false);
        var folder = Path.Combine(db.DataDirectory, "recipes");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "broken-automation.recipe.json"), Recipe(BadType).Replace("workflows-test", "broken-automation"));
        await File.WriteAllTextAsync(Path.Combine(folder, "good-automation.recipe.json"), Recipe(GoodType).Replace("workflows-test", "good-automation"));
        string Including(string name) => $$"""{ "name": "outer", "steps": [ { "name": "recipes", "values": [ { "name": "{{name}}" } ] } ] }""";

        var broken = await wf.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(Including(Path.Combine(folder, "broken-automation.recipe.json")), "outer.recipe.json"));
        var unknown = await wf.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(Including("no-such-recipe"), "outer.recipe.json"));

        var error = Assert.Single(broken.Errors);
        Assert.Equal("values[0].name", error.Field);
        Assert.Contains("step 2 'WorkflowType'", error.Message);
        Assert.Contains("data[0].Activities[0].Properties.Cron", error.Message);
        Assert.Contains("no recipe named 'no-such-recipe'", Assert.Single(unknown.Errors).Message);
        Assert.False(await wf.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IShellFeatures>().IsEnabled("Crm.Workflows"))));

        var good = Path.Combine(folder, "good-automation.recipe.json");
        for (var run = 0; run < 2; run++)
        {
            var result = await wf.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(Including(good), "outer.recipe.json"));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        Assert.Equal(1, (await wf.ScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().GetLatestAsync("recipe-welcome")))!.Version);
    }
}
