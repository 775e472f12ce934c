using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Recipes;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Automation;

/// <summary>The shipped recipes/sales-automation.recipe.json, run as an administrator would, then exercised by real events.</summary>
public sealed class SalesAutomationTests
{
    private static async Task<WorkflowHarness> StartAsync(TestDatabase db)
    {
        var wf = await WorkflowHarness.StartAsync(db, accounts: true);
        await TestUsers.CreateAsync(wf.Shell.Services, "ada", "Account Manager");
        for (var run = 0; run < 2; run++)
        {
            var result = await wf.ScopeAsync(async sp =>
            {
                var path = await sp.GetRequiredService<IRecipeHarvester>().HarvestAsync();
                var recipe = path.Single(r => r.Name == "sales-automation");
                return await sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(recipe.Source);
            });
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        return wf;
    }

    private static Task<List<ContentItem>> TasksAsync(WorkflowHarness wf) =>
        wf.ScopeAsync(async sp =>
        {
            var ids = (await wf.InstancesAsync("sales-proposal-follow-up")).Concat(await wf.InstancesAsync("sales-account-welcome"))
                .Select(i => WorkflowHarness.State(i).Variables["CreatedTaskId"]?.GetValue<string>()).OfType<string>().ToList();
            return (await sp.GetRequiredService<IContentManager>().GetManyAsync(ids)).ToList();
        });

    [Theory, Databases]
    public async Task A_large_deal_entering_proposal_gets_a_follow_up_task_for_its_owner_in_three_days(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await StartAsync(db);

        await wf.RaiseAsync("DealStageChanged", Events.CrmEventTests.Deal("big", "Qualified", "Proposal", amount: 40000), "big");
        await wf.RaiseAsync("DealStageChanged", Events.CrmEventTests.Deal("small", "Qualified", "Proposal", amount: 9000), "small");
        await wf.RaiseAsync("DealStageChanged", Events.CrmEventTests.Deal("late", "Proposal", "Negotiation", amount: 90000), "late");

        var task = Assert.Single(await TasksAsync(wf)).As<TaskPart>();
        Assert.Equal("Follow up on the proposal for Acme big", task.Title.Text);
        Assert.Equal(wf.Clock.UtcNow.AddDays(3), task.DueUtc.Value);
        Assert.Equal(["High"], task.Priority.Values);
        Assert.Single(task.Assignee.UserIds);
    }

    [Theory, Databases]
    public async Task A_rotting_deal_notifies_its_owner(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await StartAsync(db);

        await wf.RaiseAsync("DealRotting", new { DealId = "d9", DealName = "Globex renewal", StageId = "proposal", Stage = "Proposal", Owner = "ada", DaysIdle = 21 }, "d9");

        var sent = Assert.Single(wf.Notifier.Sent);
        Assert.Equal("ada", sent.UserName);
        Assert.Equal("Globex renewal has been idle in Proposal for 21 days", sent.Title);
    }

    [Theory, Databases]
    public async Task A_new_account_gets_a_welcome_task_for_its_owner(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await StartAsync(db);

        var account = await wf.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(AccountTypes.Account);
            item.Alter<AccountPart>(a => a.Name.Text = "Initech");
            item.Owner = "ada";
            var result = await contents.CreateAsync(item);
            Assert.True(result.Succeeded, result.ToString());
            return item;
        });

        var task = Assert.Single(await TasksAsync(wf));
        Assert.Equal("Welcome Initech", task.As<TaskPart>().Title.Text);
        Assert.Equal([account.ContentItemId], task.As<TaskPart>().Account.ContentItemIds);
        Assert.Equal("ada", task.Owner);
    }
}
