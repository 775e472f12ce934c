using System.Globalization;
using System.Text.Json;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;
using OrchardCrm.Deals.SampleData;
using OrchardCrm.Deals.Services;
using OrchardCrm.Recipes;

namespace OrchardCrm.Deals.Recipes;

/// <summary>
/// <c>{ "name": "DealsSampleData", "seed": 2026, "asOf": "2026-12-01", "deals": 300 }</c>: adds the "New
/// business" and "Renewals" pipelines when missing and generated deals on the accounts already in the
/// site (the Accounts sample data step runs first), with committees, a year of stage history and
/// activities (see <see cref="DealSampleGenerator"/>). Deals have fixed ids and an existing one is left
/// alone, so running the step again writes nothing.
/// </summary>
public sealed class DealsSampleDataStep(IContentManager contents, IContentQueryFactory queries, IPipelineService pipelines, IDealSettingsService settings, IRecordStore records) : IRecipeStepHandler
{
    public string Name => "DealsSampleData";

    public Task ValidateAsync(RecipeStepContext context)
    {
        Read(context);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (Read(context) is not { } options) return;
        foreach (var pipeline in new[] { DefaultPipelines.NewBusiness(), DefaultPipelines.Renewals() })
        {
            if (await pipelines.GetAsync(pipeline.Id) is not null) continue;
            var saved = await pipelines.SaveAsync(pipeline);
            foreach (var error in saved.Errors) context.Fail(error.Field, error.Message);
            if (!saved.Succeeded) return;
        }

        var accounts = await LoadAccountsAsync();
        if (accounts.Count == 0) { context.Fail("deals", "needs accounts: run the AccountsSampleData step before this one."); return; }
        var deals = DealSampleGenerator.Generate(options.Seed, options.AsOf, options.Deals, accounts, await pipelines.ListAsync(), await settings.GetAsync());

        var existing = new HashSet<string>(StringComparer.Ordinal);
        var ids = deals.Select(d => d.Id).Concat(deals.SelectMany(d => d.Activities.Select(a => a.Id))).ToList();
        foreach (var chunk in ids.Chunk(500))
            foreach (var found in await contents.GetManyAsync(chunk, VersionOptions.Latest))
                existing.Add(found.ContentItemId);

        var created = new List<SampleDeal>();
        foreach (var sample in deals)
        {
            if (existing.Contains(sample.Id)) continue;
            var item = await contents.NewAsync(DealTypes.Deal);
            item.ContentItemId = sample.Id;
            item.Owner = sample.Owner;
            item.CreatedUtc = sample.CreatedUtc;
            item.Apply(sample.Deal);
            item.Apply(sample.Committee);
            var result = await contents.CreateAsync(item, publish: true);
            if (!result.Succeeded)
            {
                foreach (var error in result.Errors) context.Fail(sample.Id, $"Deal {error.Key}: {error.Message}");
                return;
            }
            created.Add(sample);
        }

        // The deal's write wrote a creation row as of its creation; the generated past replaces it.
        foreach (var chunk in created.Select(d => d.Id).Chunk(200))
        {
            var chunkIds = chunk.ToList();
            await records.DeleteWhereAsync<DealHistoryRecord>(r => chunkIds.Contains(r.DealId));
        }
        await records.AddAsync(created.SelectMany(d => d.History.Select(h => { h.DealId = d.Id; return h; })).ToList());

        foreach (var sample in deals)
        {
            foreach (var activity in sample.Activities)
            {
                if (existing.Contains(activity.Id)) continue;
                var item = await contents.NewAsync(AccountTypes.Activity);
                item.ContentItemId = activity.Id;
                item.Owner = sample.Owner;
                item.Apply(activity.Part);
                var result = await contents.CreateAsync(item, publish: true);
                if (result.Succeeded) continue;
                foreach (var error in result.Errors) context.Fail(activity.Id, $"Activity {error.Key}: {error.Message}");
                return;
            }
        }
    }

    /// <summary>The site's accounts and their current contacts, sorted by id so the generator sees them in a stable order.</summary>
    private async Task<IReadOnlyList<SampleAccount>> LoadAccountsAsync()
    {
        var accounts = (await queries.Query(AccountTypes.Account).ListAsync(1, 5000)).Items;
        var contacts = (await queries.Query(AccountTypes.Contact).ListAsync(1, 50_000)).Items;
        var byAccount = contacts
            .SelectMany(c => c.As<ContactPart>().AccountIds.ContentItemIds.Select(a => (Account: a, Contact: c.ContentItemId)))
            .ToLookup(x => x.Account, x => x.Contact);
        return accounts
            .OrderBy(a => a.ContentItemId, StringComparer.Ordinal)
            .Select(a => new SampleAccount(a.ContentItemId, a.DisplayText, a.Owner ?? "admin", byAccount[a.ContentItemId].Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    private sealed record Options(int Seed, DateOnly AsOf, int Deals);

    private static Options? Read(RecipeStepContext context)
    {
        var step = context.Step;
        var errors = context.Errors.Count;
        foreach (var (key, _) in step)
            if (key is not ("name" or "seed" or "asOf" or "deals")) context.Fail(key, "is not a parameter of this step (expected: seed, asOf, deals).");
        var seed = Integer(context, "seed", 42, 0, int.MaxValue);
        var count = Integer(context, "deals", 300, 0, 20_000);
        var asOf = default(DateOnly);
        if (step["asOf"] is null)
            context.Fail("asOf", "is required: the day the sample deals are as of (yyyy-MM-dd), so every run generates the same dates.");
        else if (step["asOf"]!.GetValueKind() != JsonValueKind.String
            || !DateOnly.TryParseExact(step["asOf"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            context.Fail("asOf", "must be a date written yyyy-MM-dd, e.g. \"2026-12-01\".");
        return context.Errors.Count > errors ? null : new Options(seed, asOf, count);
    }

    private static int Integer(RecipeStepContext context, string key, int fallback, int min, int max)
    {
        var node = context.Step[key];
        if (node is null) return fallback;
        if (node.GetValueKind() != JsonValueKind.Number || !node.AsValue().TryGetValue<int>(out var value) || value < min || value > max)
        {
            context.Fail(key, $"must be a whole number from {min} to {max}.");
            return fallback;
        }
        return value;
    }
}
