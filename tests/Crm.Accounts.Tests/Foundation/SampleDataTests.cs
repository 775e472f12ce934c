using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Foundation;

public sealed class SampleDataTests
{
    private const string Recipe = """
        { "name": "accounts-sample", "steps": [
          { "name": "feature", "enable": [ "Crm.Accounts" ] },
          { "name": "AccountsSampleData", "seed": 7, "asOf": "2026-12-01", "accounts": 30, "contactsPerAccount": 5, "activities": 400, "tasks": 90, "owners": [ "ada", "ben" ] } ] }
        """;

    [Theory, Databases]
    public async Task The_sample_book_has_the_accounts_people_activities_and_tasks_asked_for(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await shell.RunRecipeAsync(Recipe);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        await shell.ScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            Assert.Equal(30, await queries.Query(AccountTypes.Account).CountAsync());
            Assert.Equal(150, await queries.Query(AccountTypes.Contact).CountAsync());
            Assert.Equal(400, await queries.Query(AccountTypes.Activity).CountAsync());
            Assert.Equal(90, await queries.Query(AccountTypes.Task).CountAsync());

            var data = sp.GetRequiredService<CrmDbContext>();
            var accounts = await data.Set<AccountIndex>().AsNoTracking().ToListAsync();
            // Hierarchies: a few parents, each with several subsidiaries; a few industries; both owners.
            var parents = accounts.Where(a => a.ParentAccountId is not null).GroupBy(a => a.ParentAccountId).ToList();
            Assert.InRange(parents.Count, 3, 4);
            Assert.All(parents, p => Assert.InRange(p.Count(), 2, 3));
            Assert.InRange(accounts.Select(a => a.Industry).Distinct().Count(), 3, 6);
            Assert.Equal(["ada", "ben"], accounts.Select(a => a.Owner).Distinct().Order());
            Assert.Equal(30, accounts.Select(a => a.Domain).Distinct().Count());

            // Every account has people with roles, and reporting lines.
            var links = await data.Set<ContactIndex>().AsNoTracking().ToListAsync();
            Assert.All(accounts, a => Assert.Contains(links, l => l.AccountId == a.ContentItemId && l.IsCurrent && l.Role == "Decision maker"));
            Assert.True(links.Count(l => l.ReportsToId is not null) >= 100);

            // Activities over the 12 months before asOf; open and finished tasks, some overdue.
            var activities = await data.Set<ActivityIndex>().AsNoTracking().ToListAsync();
            var asOf = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
            Assert.All(activities, a => Assert.InRange(a.OccurredUtc!.Value, asOf.AddYears(-1), asOf));
            Assert.Equal(6, activities.Select(a => a.Kind).Distinct().Count());
            var tasks = await data.Set<TaskIndex>().AsNoTracking().ToListAsync();
            Assert.Contains(tasks, t => t.IsOpen && t.DueUtc < asOf);
            Assert.Contains(tasks, t => t.IsOpen && t.DueUtc > asOf);
            Assert.Contains(tasks, t => t.Status == "Done");
        });
    }

    [Theory, Databases]
    public async Task The_sample_book_is_the_same_in_two_databases_and_a_second_run_changes_nothing(string provider)
    {
        await using var firstDb = await TestDatabase.CreateAsync(provider);
        await using var first = await TestShell.StartAsync(firstDb);
        await using var secondDb = await TestDatabase.CreateAsync(provider);
        await using var second = await TestShell.StartAsync(secondDb);

        Assert.True((await first.RunRecipeAsync(Recipe)).Succeeded);
        Assert.True((await second.RunRecipeAsync(Recipe)).Succeeded);
        var before = await SnapshotAsync(first);
        var again = await first.RunRecipeAsync(Recipe);

        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal(before, await SnapshotAsync(first));
        Assert.Equal(await ItemsAsync(first), await ItemsAsync(second));
    }

    [Theory, Databases]
    public async Task A_bad_parameter_is_refused_naming_it_and_nothing_is_written(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var result = await shell.RunRecipeAsync("""
            { "name": "bad", "steps": [
              { "name": "feature", "enable": [ "Crm.Accounts" ] },
              { "name": "AccountsSampleData", "seed": 7, "asOf": "1 December", "accounts": 0, "owners": [ "ada", "" ], "colour": "red" } ] }
            """);

        Assert.False(result.Succeeded);
        Assert.Equal(["accounts", "asOf", "colour", "owners[1]"], result.Errors.Select(e => e.Field).Order());
        Assert.All(result.Errors, e => Assert.Equal("AccountsSampleData", e.Step));
        Assert.Contains("content rows 0", await SnapshotAsync(shell));
    }

    [Theory, Databases]
    public async Task A_sample_item_someone_removed_stays_removed_when_the_recipe_runs_again(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        const string small = """
            { "name": "small", "steps": [ { "name": "feature", "enable": [ "Crm.Accounts" ] },
              { "name": "AccountsSampleData", "seed": 3, "asOf": "2026-12-01", "accounts": 4, "contactsPerAccount": 2, "activities": 5, "tasks": 2 } ] }
            """;
        Assert.True((await shell.RunRecipeAsync(small)).Succeeded);
        var removedId = SampleData.SampleBookGenerator.IdFor("actv", 3, 1);
        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            await contents.RemoveAsync((await contents.GetAsync(removedId))!);
        });

        var again = await shell.RunRecipeAsync(small);

        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        await shell.ScopeAsync(async sp =>
        {
            Assert.Null(await sp.GetRequiredService<IContentManager>().GetAsync(removedId, VersionOptions.Latest));
            Assert.Equal(4, await sp.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Activity).CountAsync());
        });
    }

    /// <summary>What a second run could change: documents' serials and the rows of content, indexes and audit trail.</summary>
    private static Task<List<string>> SnapshotAsync(TestShell shell) => shell.ScopeAsync(async sp =>
    {
        var data = sp.GetRequiredService<CrmDbContext>();
        var lines = new List<string>();
        foreach (var d in await data.Documents.AsNoTracking().OrderBy(d => d.Name).ToListAsync())
            lines.Add($"document {d.Name} serial {d.Serial}");
        lines.Add($"content rows {await data.ContentItems.CountAsync()}");
        lines.Add($"content index rows {await data.ContentItemIndex.CountAsync()}");
        lines.Add($"text index rows {await data.TextFieldIndex.CountAsync()}");
        lines.Add($"reference index rows {await data.ReferenceFieldIndex.CountAsync()}");
        lines.Add($"audit rows {await data.AuditTrailEvents.CountAsync()}");
        if (await data.EnabledFeatures.AnyAsync(f => f.FeatureId == "Crm.Accounts"))
        {
            lines.Add($"account index rows {await data.Set<AccountIndex>().CountAsync()}");
            lines.Add($"contact index rows {await data.Set<ContactIndex>().CountAsync()}");
            lines.Add($"activity index rows {await data.Set<ActivityIndex>().CountAsync()}");
            lines.Add($"task index rows {await data.Set<TaskIndex>().CountAsync()}");
        }
        return lines;
    });

    /// <summary>Every sample item as "id type title", in id order.</summary>
    private static Task<List<string>> ItemsAsync(TestShell shell) => shell.ScopeAsync(async sp =>
    {
        var data = sp.GetRequiredService<CrmDbContext>();
        return await data.ContentItemIndex.AsNoTracking().Where(i => i.Published)
            .OrderBy(i => i.ContentItemId).Select(i => i.ContentItemId + " " + i.ContentType + " " + i.DisplayText).ToListAsync();
    });
}
