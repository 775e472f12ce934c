using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Accounts;

/// <summary>The duplicate, merge and handover pages in a real browser.</summary>
public sealed class MergeHandoverTests
{
    [Fact]
    public async Task A_duplicate_account_is_merged_after_confirming_and_nothing_is_lost()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var acme = await MergeHandoverData.AccountAsync(site.Services, "Acme Corp", "acme.com");
        var duplicate = await MergeHandoverData.AccountAsync(site.Services, "ACME Corporation", "acme.com");
        await MergeHandoverData.AccountAsync(site.Services, "Globex", "globex.com");
        foreach (var outcome in new[] { "Intro call", "Pricing call" }) await MergeHandoverData.ActivityAsync(site.Services, acme, outcome);
        foreach (var outcome in new[] { "Kick-off", "Follow-up", "Renewal talk" }) await MergeHandoverData.ActivityAsync(site.Services, duplicate, outcome);
        await MergeHandoverData.TaskAsync(site.Services, "Send contract", acme, assigneeId: null);
        await MergeHandoverData.TaskAsync(site.Services, "Book demo", duplicate, assigneeId: null);
        var page = await site.SignInAsync();

        await page.GotoAsync($"/admin/accounts/{acme}/duplicates");
        var row = page.GetByRole(AriaRole.Row, new() { Name = "ACME Corporation" });
        await Expect(row).ToContainTextAsync("same domain");
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "Globex" })).ToHaveCountAsync(0);
        await row.GetByRole(AriaRole.Link, new() { Name = "Merge ACME Corporation into this account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Merge ACME Corporation into Acme Corp?" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("merge-moves")).ToContainTextAsync("3 activities");
        // "Book demo" and the welcome task the shipped automation gave the duplicate's owner.
        await Expect(page.GetByTestId("merge-moves")).ToContainTextAsync("2 tasks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Merged ACME Corporation into Acme Corp: 3 activities, 2 tasks");
        await Expect(page.GetByText("No likely duplicate of this account.")).ToBeVisibleAsync();

        // Nothing lost: the survivor has both accounts' calls and tasks (besides the note recording the merge), the other is gone.
        await using var scope = site.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<IContentQueryFactory>();
        var activities = (await queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(i => i.AccountId == acme).ListAsync(1, 50)).Items;
        Assert.Equal(5, activities.Count(a => a.As<ActivityPart>().Kind.Values is not [ActivityKinds.Note]));
        Assert.Single(activities, a => a.As<ActivityPart>().Kind.Values is [ActivityKinds.Note]);
        // Each account's own task and each one's welcome task from the shipped automation.
        Assert.Equal(4, await queries.Query(AccountTypes.Task).WhereIndex<TaskIndex>(i => i.AccountId == acme).CountAsync());
        Assert.Null(await MergeHandoverData.GetAsync(site.Services, duplicate));
    }

    [Fact]
    public async Task A_duplicate_contact_is_merged_and_keeps_the_activities()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var ada = await MergeHandoverData.ContactAsync(site.Services, "Ada", "Lovelace", "ada@acme.com");
        var copy = await MergeHandoverData.ContactAsync(site.Services, "Ada", "Lovelace-King", "ada@acme.com");
        await MergeHandoverData.ContactActivityAsync(site.Services, copy, "Sent the brochure");
        var page = await site.SignInAsync();

        await page.GotoAsync($"/admin/contacts/{ada}/duplicates");
        var row = page.GetByRole(AriaRole.Row, new() { Name = "Lovelace-King" });
        await Expect(row).ToContainTextAsync("same e-mail");
        await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Merge .* into this contact") }).ClickAsync();
        await Expect(page.GetByTestId("merge-moves")).ToContainTextAsync("1 activity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 activity");
        await Expect(page.GetByText("No likely duplicate of this contact.")).ToBeVisibleAsync();
        Assert.Null(await MergeHandoverData.GetAsync(site.Services, copy));
        await using var scope = site.Services.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<IContentQueryFactory>();
        var activities = (await queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(i => i.ContactId == ada).ListAsync(1, 50)).Items;
        Assert.Contains(activities, a => a.As<ActivityPart>().Outcome.Text == "Sent the brochure");
    }

    [Fact]
    public async Task A_merge_that_is_refused_shows_why()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var acme = await MergeHandoverData.AccountAsync(site.Services, "Acme Corp", "acme.com");
        var page = await site.SignInAsync();

        await page.GotoAsync($"/admin/accounts/{acme}/merge?from={acme}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("An account cannot be merged into itself.");
        Assert.NotNull(await MergeHandoverData.GetAsync(site.Services, acme));
    }

    [Fact]
    public async Task An_account_is_handed_over_with_its_open_tasks()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var bellaId = await MergeHandoverData.UserAsync(site.Services, "bella");
        var adminId = await MergeHandoverData.UserIdAsync(site.Services, BrowserSite.AdminUserName);
        var globex = await MergeHandoverData.AccountAsync(site.Services, "Globex", "globex.com");
        var task = await MergeHandoverData.TaskAsync(site.Services, "Renewal call", globex, adminId);
        var page = await site.SignInAsync();

        await page.GotoAsync($"/admin/accounts/{globex}/handover");
        await Expect(page.GetByTestId("current-owner")).ToHaveTextAsync("admin");
        await page.GetByLabel("New owner").SelectOptionAsync("bella");
        await Expect(page.GetByLabel("Include open tasks")).ToBeCheckedAsync();
        await page.GetByLabel("Note").FillAsync("Bella covers the north region now.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();

        // The renewal call and the welcome task the shipped automation gave the owner of the new account.
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Handed over to bella. 2 open tasks moved with it.");
        await Expect(page.GetByTestId("current-owner")).ToHaveTextAsync("bella");
        Assert.Equal("bella", (await MergeHandoverData.GetAsync(site.Services, globex))!.Owner);
        Assert.Equal([bellaId], (await MergeHandoverData.GetAsync(site.Services, task))!.As<TaskPart>().Assignee.UserIds);
    }

    [Fact]
    public async Task Handing_over_without_choosing_a_user_says_so_beside_the_field()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var globex = await MergeHandoverData.AccountAsync(site.Services, "Globex", "globex.com");
        var page = await site.SignInAsync();

        await page.GotoAsync($"/admin/accounts/{globex}/handover");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();

        await Expect(page.GetByText("Choose the new owner.")).ToBeVisibleAsync();
        Assert.Equal("admin", (await MergeHandoverData.GetAsync(site.Services, globex))!.Owner);
    }
}
