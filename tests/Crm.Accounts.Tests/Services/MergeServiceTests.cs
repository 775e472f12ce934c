using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

public sealed class MergeServiceTests
{
    [Theory, Databases]
    public async Task Merging_an_account_keeps_every_activity_task_link_and_child_and_removes_the_duplicate(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var a = await s.AccountAsync("Acme Corp", "acme.com", more: p => { p.Tags.Tags = ["key"]; p.Team = [new("ann", "Support")]; });
        var b = await s.AccountAsync("Acme Inc", "acme.com", more: p =>
        {
            p.Phone.Phone = "+1 555 0100";
            p.Tags.Tags = ["KEY", "emea"];
            p.Team = [new("bob", "Customer success"), new("ANN", "Support")];
            p.BillingAddress = new Address { Street = "1 Main St", City = "Springfield", Country = "US" };
        });
        var child = await s.AccountAsync("Acme Labs", parentId: b.ContentItemId);
        var when = new DateTime(2026, 5, 1, 9, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 3; i++) await s.ActivityAsync(ActivityKinds.Call, when.AddDays(i), b.ContentItemId);
        for (var i = 0; i < 2; i++) await s.ActivityAsync(ActivityKinds.Email, when.AddDays(i), a.ContentItemId);
        await s.TaskAsync("Send quote", b.ContentItemId);
        await s.TaskAsync("Renewal call", b.ContentItemId, "Done");
        await s.TaskAsync("Kick-off", a.ContentItemId);
        var onlyB = await s.ContactAsync("Jane", "Doe", "jane@acme.com", new ContactAccountLink(b.ContentItemId, "CFO", "Decision maker", true));
        var both = await s.ContactAsync("Raj", "Patel", "raj@acme.com",
            new ContactAccountLink(a.ContentItemId, "CTO", null, true), new ContactAccountLink(b.ContentItemId, "CTO", "Champion", true));
        var former = await s.ContactAsync("Old", "Timer", "old@acme.com", new ContactAccountLink(b.ContentItemId, "Buyer", null, false));

        Assert.Equal((2, 1), await CountsAsync(s, a.ContentItemId));
        Assert.Equal((3, 2), await CountsAsync(s, b.ContentItemId));

        var result = await s.ServiceAsync<AccountMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, b.ContentItemId));

        Assert.False(result.AlreadyMerged);
        Assert.Equal((3, 2, 3, 1), (result.ActivitiesMoved, result.TasksMoved, result.ContactsRelinked, result.ChildrenMoved));
        // Every activity and task is now A's (plus the note that records the merge); none is left on B.
        Assert.Equal((2 + 3 + 1, 1 + 2), await CountsAsync(s, a.ContentItemId));
        Assert.Equal((0, 0), await CountsAsync(s, b.ContentItemId));
        Assert.Null(await s.GetAsync(b.ContentItemId));

        Assert.Equal([a.ContentItemId], Links(await s.GetAsync(onlyB.ContentItemId)).Select(l => l.AccountId));
        var bothLinks = Links(await s.GetAsync(both.ContentItemId));
        Assert.Equal(new ContactAccountLink(a.ContentItemId, "CTO", "Champion", true), Assert.Single(bothLinks));
        Assert.Equal(new ContactAccountLink(a.ContentItemId, "Buyer", null, false), Assert.Single(Links(await s.GetAsync(former.ContentItemId))));
        Assert.Equal([a.ContentItemId], (await s.GetAsync(child.ContentItemId))!.As<AccountPart>().ParentAccount.ContentItemIds);

        var survivor = (await s.GetAsync(a.ContentItemId))!;
        Assert.True(survivor.Published);
        var part = survivor.As<AccountPart>();
        Assert.Equal("Acme Corp", part.Name.Text);
        Assert.Equal("+1 555 0100", part.Phone.Phone);
        Assert.Equal("Springfield", part.BillingAddress.City);
        Assert.Equal(["key", "emea"], part.Tags.Tags);
        Assert.Equal(["ann", "bob"], part.Team.Select(t => t.UserName));

        var audit = await s.RunAsync(sp => sp.GetRequiredService<IAuditTrail>().ListForItemAsync(a.ContentItemId));
        Assert.Contains(audit, e => e.EventName == "Updated" && e.Changes.Any(c => c.Field == "AccountPart.Phone" && c.NewValue == "+1 555 0100"));
        var notes = await NotesAsync(s, a.ContentItemId);
        Assert.Contains("Merged Acme Inc into Acme Corp", Assert.Single(notes).DisplayText);
    }

    [Theory, Databases]
    public async Task Merging_the_same_accounts_twice_changes_nothing_the_second_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var a = await s.AccountAsync("Initech");
        var b = await s.AccountAsync("Initech Ltd");
        await s.ActivityAsync(ActivityKinds.Meeting, DateTime.UtcNow, b.ContentItemId);
        await s.TaskAsync("Follow up", b.ContentItemId);

        await s.ServiceAsync<AccountMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, b.ContentItemId));
        var counts = await CountsAsync(s, a.ContentItemId);
        var again = await s.ServiceAsync<AccountMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, b.ContentItemId));

        Assert.True(again.AlreadyMerged);
        Assert.Equal(counts, await CountsAsync(s, a.ContentItemId));
        Assert.Single(await NotesAsync(s, a.ContentItemId));

        var unknown = await Assert.ThrowsAsync<AccountOperationException>(() =>
            s.ServiceAsync<AccountMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, "nosuchaccount")));
        Assert.Equal("from", unknown.Field);
        var self = await Assert.ThrowsAsync<AccountOperationException>(() =>
            s.ServiceAsync<AccountMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, a.ContentItemId)));
        Assert.Equal("from", self.Field);
    }

    [Theory, Databases]
    public async Task Merging_a_contact_moves_its_activities_tasks_reports_and_links_to_the_survivor(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var acme = await s.AccountAsync("Acme");
        var globex = await s.AccountAsync("Globex");
        var a = await s.ContactAsync("Jane", "Smith", "jane@acme.com", new ContactAccountLink(acme.ContentItemId, "CFO", null, true));
        var b = await s.ContactAsync("Jane", "Smyth", "jsmith@globex.com",
            new ContactAccountLink(acme.ContentItemId, null, "Decision maker", true), new ContactAccountLink(globex.ContentItemId, "Advisor", null, true));
        var report = await s.RunAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync(AccountTypes.Contact);
            item.Alter<ContactPart>(c => { c.LastName.Text = "Report"; c.ReportsTo.ContentItemIds = [b.ContentItemId]; });
            Assert.True((await content.CreateAsync(item)).Succeeded);
            return item.ContentItemId;
        });
        var withBoth = await s.ActivityAsync(ActivityKinds.Meeting, DateTime.UtcNow, acme.ContentItemId, null, a.ContentItemId, b.ContentItemId);
        var withB = await s.ActivityAsync(ActivityKinds.Call, DateTime.UtcNow, acme.ContentItemId, null, b.ContentItemId);
        var task = await s.TaskAsync("Call Jane", acme.ContentItemId, contactId: b.ContentItemId);

        var result = await s.ServiceAsync<ContactMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, b.ContentItemId));

        Assert.Equal((2, 1, 1), (result.ActivitiesMoved, result.TasksMoved, result.ContactsRelinked));
        Assert.Null(await s.GetAsync(b.ContentItemId));
        Assert.Equal([a.ContentItemId], (await s.GetAsync(withBoth.ContentItemId))!.As<ActivityPart>().Contacts.ContentItemIds);
        Assert.Equal([a.ContentItemId], (await s.GetAsync(withB.ContentItemId))!.As<ActivityPart>().Contacts.ContentItemIds);
        Assert.Equal([a.ContentItemId], (await s.GetAsync(task.ContentItemId))!.As<TaskPart>().Contact.ContentItemIds);
        Assert.Equal([a.ContentItemId], (await s.GetAsync(report))!.As<ContactPart>().ReportsTo.ContentItemIds);

        var survivor = (await s.GetAsync(a.ContentItemId))!.As<ContactPart>();
        Assert.Equal("jane@acme.com", survivor.Email.Email);
        Assert.Contains(survivor.Emails, e => e.Address == "jsmith@globex.com" && !e.Primary);
        Assert.Equal([new ContactAccountLink(acme.ContentItemId, "CFO", "Decision maker", true), new ContactAccountLink(globex.ContentItemId, "Advisor", null, true)], survivor.Accounts);
        Assert.Equal(new[] { acme.ContentItemId, globex.ContentItemId }.Order(), survivor.AccountIds.ContentItemIds.Order());

        var again = await s.ServiceAsync<ContactMergeService, MergeResult>(m => m.MergeAsync(a.ContentItemId, b.ContentItemId));
        Assert.True(again.AlreadyMerged);
    }

    private static IReadOnlyList<ContactAccountLink> Links(ContentItem? contact) => contact!.As<ContactPart>().Accounts;

    /// <summary>Activities and tasks pointing at the account, counted through the indexes as a list page would.</summary>
    private static Task<(int Activities, int Tasks)> CountsAsync(AccountScenario s, string accountId) => s.RunAsync(async sp =>
    {
        var queries = sp.GetRequiredService<IContentQueryFactory>();
        var activities = await queries.Query(AccountTypes.Activity).Where(FieldFilter.On(nameof(ActivityPart), nameof(ActivityPart.Account)).Equal(accountId)).CountAsync();
        var tasks = await queries.Query(AccountTypes.Task).Where(FieldFilter.On(nameof(TaskPart), nameof(TaskPart.Account)).Equal(accountId)).CountAsync();
        return (activities, tasks);
    });

    private static Task<IReadOnlyList<ContentItem>> NotesAsync(AccountScenario s, string accountId) => s.RunAsync(async sp =>
        (await sp.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Activity)
            .Where(FieldFilter.On(nameof(ActivityPart), nameof(ActivityPart.Account)).Equal(accountId))
            .Where(FieldFilter.On(nameof(ActivityPart), nameof(ActivityPart.Kind)).Equal(ActivityKinds.Note))
            .ListAsync(1, 50)).Items);
}
