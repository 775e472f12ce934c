using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

public sealed class HandoverServiceTests
{
    [Theory, Databases]
    public async Task A_handover_moves_the_account_and_the_old_owners_open_tasks_and_notes_it_on_the_timeline(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var annId = await s.UserAsync("ann");
        var bobId = await s.UserAsync("bob");
        var carlId = await s.UserAsync("carl");
        var account = await s.AccountAsync("Umbrella", owner: "ann");
        var open = await s.TaskAsync("Send proposal", account.ContentItemId, "Open", annId, owner: "ann");
        var inProgress = await s.TaskAsync("Security review", account.ContentItemId, "In progress", annId, owner: "ann");
        var done = await s.TaskAsync("Intro call", account.ContentItemId, "Done", annId, owner: "ann");
        var carls = await s.TaskAsync("Fix ticket", account.ContentItemId, "Open", carlId, owner: "carl");

        var result = await s.ServiceAsync<HandoverService, HandoverResult>(h =>
            h.HandOverAsync(account.ContentItemId, new HandoverRequest("bob", IncludeOpenTasks: true, Note: "Ann moves to EMEA")));

        Assert.Equal(("ann", "bob", 2), (result.From, result.To, result.TasksMoved));
        Assert.Equal("bob", (await s.GetAsync(account.ContentItemId))!.Owner);
        foreach (var moved in new[] { open, inProgress })
        {
            var task = (await s.GetAsync(moved.ContentItemId))!;
            Assert.Equal([bobId], task.As<TaskPart>().Assignee.UserIds);
            Assert.Equal("bob", task.Owner);
        }
        var stillAnns = (await s.GetAsync(done.ContentItemId))!;
        Assert.Equal([annId], stillAnns.As<TaskPart>().Assignee.UserIds);
        Assert.Equal("ann", stillAnns.Owner);
        Assert.Equal([carlId], (await s.GetAsync(carls.ContentItemId))!.As<TaskPart>().Assignee.UserIds);

        var timeline = await s.ServiceAsync<TimelineService, TimelinePage>(t => t.ListAsync(account.ContentItemId, ActivityKinds.Note));
        Assert.Contains("Handed over from ann to bob: Ann moves to EMEA", Assert.Single(timeline.Entries).Title);
    }

    [Theory, Databases]
    public async Task A_handover_without_tasks_leaves_them_and_an_unknown_user_is_refused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var annId = await s.UserAsync("ann");
        await s.UserAsync("bob");
        var account = await s.AccountAsync("Hooli", owner: "ann");
        var task = await s.TaskAsync("Send proposal", account.ContentItemId, "Open", annId, owner: "ann");

        await s.ServiceAsync<HandoverService, HandoverResult>(h => h.HandOverAsync(account.ContentItemId, new HandoverRequest("bob")));
        Assert.Equal("bob", (await s.GetAsync(account.ContentItemId))!.Owner);
        Assert.Equal([annId], (await s.GetAsync(task.ContentItemId))!.As<TaskPart>().Assignee.UserIds);

        var refused = await Assert.ThrowsAsync<AccountOperationException>(() =>
            s.ServiceAsync<HandoverService, HandoverResult>(h => h.HandOverAsync(account.ContentItemId, new HandoverRequest("nobody"))));
        Assert.Equal("to", refused.Field);
        Assert.Equal("bob", (await s.GetAsync(account.ContentItemId))!.Owner);
    }
}
