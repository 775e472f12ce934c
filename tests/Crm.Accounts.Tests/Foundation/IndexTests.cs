using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Foundation;

public sealed class IndexTests
{
    [Theory, Databases]
    public async Task The_map_indexes_answer_the_360_page_and_my_tasks_questions(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);
        var parent = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a => { a.Name.Text = "Northwind Group"; a.Website.Url = "https://northwind.example"; }));
        var child = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a => { a.Name.Text = "Northwind Europe"; a.ParentAccount.ContentItemIds = [parent.ContentItemId]; }));
        var other = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a => a.Name.Text = "Elsewhere Ltd"));
        var boss = await shell.CreateAsync(AccountTypes.Contact, i => i.Alter<ContactPart>(c =>
        {
            c.LastName.Text = "Boss";
            c.Accounts = [new(child.ContentItemId, "CEO", "Decision maker", true), new(parent.ContentItemId, "Board member", "Executive sponsor", true)];
        }));
        var left = await shell.CreateAsync(AccountTypes.Contact, i => i.Alter<ContactPart>(c =>
        {
            c.LastName.Text = "Gone";
            c.ReportsTo.ContentItemIds = [boss.ContentItemId];
            c.Accounts = [new(child.ContentItemId, "Buyer", "Champion", false), new(other.ContentItemId, "Head of buying", "Champion", true)];
        }));
        await shell.CreateAsync(AccountTypes.Activity, i => i.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Meeting];
            a.OccurredUtc.Value = new DateTime(2026, 11, 3, 10, 0, 0, DateTimeKind.Utc);
            a.Account.ContentItemIds = [child.ContentItemId];
            a.Contacts.ContentItemIds = [boss.ContentItemId, left.ContentItemId];
        }));
        await shell.CreateAsync(AccountTypes.Activity, i => i.Alter<ActivityPart>(a => { a.Kind.Values = [ActivityKinds.Note]; a.Account.ContentItemIds = [other.ContentItemId]; }));
        await shell.CreateAsync(AccountTypes.Task, i => i.Alter<TaskPart>(t => { t.Title.Text = "Open one"; t.Account.ContentItemIds = [child.ContentItemId]; t.DueUtc.Value = new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc); }));
        await shell.CreateAsync(AccountTypes.Task, i => i.Alter<TaskPart>(t => { t.Title.Text = "Done one"; t.Account.ContentItemIds = [child.ContentItemId]; t.Status.Values = ["Done"]; }));

        await shell.ScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            async Task<string[]> Titles(IContentQuery query) => [.. (await query.OrderBy(ContentOrder.DisplayText).ListAsync(pageSize: 50)).Items.Select(i => i.DisplayText)];
            var childId = child.ContentItemId;

            Assert.Equal(["Boss", "Gone"], await Titles(queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(c => c.AccountId == childId)));
            Assert.Equal(["Boss"], await Titles(queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(c => c.AccountId == childId && c.IsCurrent)));
            Assert.Equal(["Gone"], await Titles(queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(c => c.ReportsToId == boss.ContentItemId)));
            Assert.Equal(["Boss"], await Titles(queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(c => c.Role == "Executive sponsor")));

            Assert.Equal(["Northwind Europe"], await Titles(queries.Query(AccountTypes.Account).WhereIndex<AccountIndex>(a => a.ParentAccountId == parent.ContentItemId)));
            Assert.Equal(["Northwind Group"], await Titles(queries.Query(AccountTypes.Account).WhereIndex<AccountIndex>(a => a.Domain == "northwind.example")));
            Assert.Equal(["Northwind Europe", "Northwind Group"], await Titles(queries.Query(AccountTypes.Account).WhereIndex<AccountIndex>(a => a.Name!.StartsWith("northwind"))));

            Assert.Single(await Titles(queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(a => a.ContactId == left.ContentItemId)));
            Assert.Equal(["Meeting"], await Titles(queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(a => a.AccountId == childId && a.Kind == ActivityKinds.Meeting)));
            Assert.Equal(["Note"], await Titles(queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(a => a.AccountId == other.ContentItemId)));

            Assert.Equal(["Open one"], await Titles(queries.Query(AccountTypes.Task).WhereIndex<TaskIndex>(t => t.AccountId == childId && t.IsOpen)));
            Assert.Equal(["Done one"], await Titles(queries.Query(AccountTypes.Task).WhereIndex<TaskIndex>(t => t.Status == "Done")));
        });
    }
}
