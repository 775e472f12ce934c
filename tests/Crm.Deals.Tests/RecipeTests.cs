using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;
using OrchardCrm.Deals.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>The "Pipelines" step and the deals sample data.</summary>
public sealed class RecipeTests
{
    private const string GoodStep = """
        { "name": "Pipelines", "pipelines": [ { "id": "partners", "name": "Partners", "stages": [
            { "id": "intro", "name": "Intro", "order": 0, "probability": 20, "forecastCategory": "Pipeline", "rottingDays": 10 },
            { "id": "signed", "name": "Signed", "order": 1, "probability": 100, "forecastCategory": "ClosedWon" },
            { "id": "dropped", "name": "Dropped", "order": 2, "probability": 0, "forecastCategory": "ClosedLost" } ] } ] }
        """;

    [Theory, Databases]
    public async Task The_pipelines_step_refuses_a_bad_pipeline_naming_the_field_and_applies_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var bad = GoodStep.Replace("\"probability\": 20", "\"probability\": 120");
        var recipe = $$"""{ "name": "p", "steps": [ {{GoodStep.Replace("partners", "first")}}, {{bad}} ] }""";

        var result = await t.RunRecipeAsync(recipe);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Field == "pipelines[0].stages[0].probability");
        var ids = await t.ScopeAsync(async sp => (await sp.GetRequiredService<IPipelineService>().ListAsync()).Select(p => p.Id).ToList());
        Assert.Equal([DefaultPipelines.NewBusinessId], ids);
    }

    [Theory, Databases]
    public async Task The_pipelines_step_is_idempotent(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var recipe = $$"""{ "name": "p", "steps": [ {{GoodStep}} ] }""";
        Assert.True((await t.RunRecipeAsync(recipe)).Succeeded);
        var first = await t.ScopeAsync(sp => { var r = sp.GetRequiredService<IRecordStore>(); return r.ListAsync(r.Query<PipelineRecord>().OrderBy(p => p.Id)); });
        t.Clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await t.RunRecipeAsync(recipe)).Succeeded);
        var second = await t.ScopeAsync(sp => { var r = sp.GetRequiredService<IRecordStore>(); return r.ListAsync(r.Query<PipelineRecord>().OrderBy(p => p.Id)); });
        Assert.Equal(first.Select(p => (p.PipelineId, p.StagesJson, p.UpdatedUtc)), second.Select(p => (p.PipelineId, p.StagesJson, p.UpdatedUtc)));
        var partners = await t.ScopeAsync(sp => sp.GetRequiredService<IPipelineService>().GetAsync("partners"));
        Assert.Equal(["intro", "signed", "dropped"], partners!.OrderedStages.Select(s => s.Id));
    }

    [Theory, Databases]
    public async Task Sample_data_is_the_same_on_every_run(string provider)
    {
        var first = await SampleAsync(provider);
        var second = await SampleAsync(provider);
        Assert.Equal(300, first.Count);
        Assert.Equal(first, second);
    }

    private static async Task<List<string>> SampleAsync(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var recipe = """
            { "name": "s", "steps": [
              { "name": "AccountsSampleData", "seed": 7, "asOf": "2026-05-01", "accounts": 12, "contactsPerAccount": 3, "activities": 20, "tasks": 5, "owners": ["ada", "bob"] },
              { "name": "DealsSampleData", "seed": 7, "asOf": "2026-05-01", "deals": 300 } ] }
            """;
        var result = await t.RunRecipeAsync(recipe);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.True((await t.RunRecipeAsync(recipe)).Succeeded);
        return await t.ScopeAsync(async sp =>
        {
            var ids = await sp.GetRequiredService<IContentQueryFactory>().Query(DealTypes.Deal).ListIdsAsync();
            var deals = await sp.GetRequiredService<IContentManager>().GetManyAsync(ids);
            var records = sp.GetRequiredService<IRecordStore>();
            var history = await records.ListAsync(records.Query<DealHistoryRecord>());
            var byDeal = history.ToLookup(h => h.DealId);
            return deals.OrderBy(d => d.ContentItemId).Select(d =>
            {
                var p = d.As<DealPart>();
                return $"{d.ContentItemId}|{d.DisplayText}|{d.Owner}|{p.StageId}|{p.Amount.Amount}|{p.ExpectedCloseDate.Value}|{p.CloseReason.Text}|{d.As<CommitteePart>().Members.Count}|{byDeal[d.ContentItemId].Count()}";
            }).ToList();
        });
    }
}
