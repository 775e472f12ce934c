using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Deals.Services;
using OrchardCrm.Recipes;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>
/// The shipped sales automation takes the Proposal follow-up over from the stage's built-in one: a large
/// deal entering Proposal gets exactly one follow-up task (the workflow's), a small one none.
/// </summary>
public sealed class SalesAutomationTakeoverTests
{
    [Theory, Databases]
    public async Task With_the_sales_automation_a_large_proposal_gets_one_follow_up_and_a_small_one_none(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        await TestUsers.CreateAsync(t.Shell.Services, "ada", OrchardCrm.Security.RoleNames.AccountManager);
        var recipe = Path.Combine(RecipeLocations.FindRecipesDirectory("recipes")!, "sales-automation.recipe.json");
        var applied = await t.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(recipe));
        Assert.True(applied.Succeeded, string.Join("; ", applied.Errors));
        var account = await t.AccountAsync("Acme");
        var large = await t.DealAsync("Platform rollout", account.ContentItemId, amount: 80_000m, stage: "discovery");
        var small = await t.DealAsync("Pilot", account.ContentItemId, amount: 5_000m, stage: "discovery");
        var tasksBefore = await TaskTitlesAsync(t, large.ContentItemId);

        foreach (var deal in new[] { large, small })
        {
            var moved = await t.ScopeAsync(sp => sp.GetRequiredService<IDealMoveService>().MoveAsync(deal.ContentItemId, "proposal"));
            Assert.Equal(DealMoveStatus.Moved, moved.Status);
        }

        Assert.Empty(tasksBefore);
        Assert.Equal(["Follow up on the proposal for Platform rollout"], await TaskTitlesAsync(t, large.ContentItemId));
        Assert.Empty(await TaskTitlesAsync(t, small.ContentItemId));
    }

    private static Task<List<string>> TaskTitlesAsync(DealsTestShell t, string dealId) =>
        t.ScopeAsync(async sp =>
        {
            var ids = await sp.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Task).Latest().ListIdsAsync();
            var tasks = await sp.GetRequiredService<IContentManager>().GetManyAsync(ids, VersionOptions.Latest);
            return tasks.Select(i => i.As<TaskPart>()).Where(p => p.Deal.ContentItemIds.Contains(dealId)).Select(p => p.Title.Text ?? "").ToList();
        });
}
