using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Browser.Tests.Admin;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Security;
using OrchardCrm.Setup;
using OrchardCrm.Testing;

namespace OrchardCrm.Browser.Tests.Accounts;

/// <summary>The account 360 page: key facts, stakeholders, hierarchy, the timeline with quick add and the kind filter, and who may open it.</summary>
public sealed class Account360Tests
{
    [Fact]
    public async Task An_account_manager_sees_the_account_logs_a_call_in_place_and_filters_the_timeline()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var parentId = await Account360Site.CreateAccountAsync(site.Services, "Northwind Holdings", "admin");
        var accountId = await Account360Site.CreateAccountAsync(site.Services, "Northwind Traders", "admin", "Retail", parentId);
        await Account360Site.CreateAccountAsync(site.Services, "Northwind Outlet", "admin", parentId: accountId);
        var bossId = await Account360Site.CreateContactAsync(site.Services, "Grace", "Hopper", accountId, "CTO", "Decision maker");
        await Account360Site.CreateContactAsync(site.Services, "Alan", "Turing", accountId, "Architect", "Champion", reportsTo: bossId);
        await Account360Site.CreateActivityAsync(site.Services, accountId, ActivityKinds.Meeting, "Kick-off with the board", DateTime.UtcNow.AddDays(-3));

        var page = await site.SignInAsync();
        await page.GotoAsync($"/admin/accounts/{accountId}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Northwind Traders", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".crm-account-facts")).ToContainTextAsync("Retail");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Northwind Holdings" }).First).ToBeVisibleAsync();
        // The org chart: Alan reports to Grace, so he is nested under her, with his title and role.
        var grace = page.Locator(".crm-stakeholder", new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "Grace Hopper" }) });
        await Expect(grace).ToContainTextAsync("Decision maker");
        await Expect(grace.Locator(".crm-stakeholder")).ToContainTextAsync(new Regex("Alan Turing.*Architect.*Champion", RegexOptions.Singleline));
        // The hierarchy: the child with its own counts, and the total over the subtree.
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Northwind Outlet" })).ToBeVisibleAsync();
        // Two people, the welcome tasks the shipped automation gave the owner of each of the two accounts, one recent meeting.
        await Expect(page.Locator("tfoot tr")).ToContainTextAsync(new Regex(@"This account and 1 below\s*2\s*2\s*1"));

        // Quick add without leaving the page: a marker on window would vanish on a full reload.
        await page.EvaluateAsync("() => window.__stillHere = true");
        var timeline = page.Locator("#account-timeline .crm-timeline-entry");
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync("Call");
        await page.GetByLabel("Title or outcome").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Title']")).ToContainTextAsync("Enter a title or outcome.");

        await page.GetByLabel("Title or outcome").FillAsync("Agreed on a pilot");
        // The form takes minutes: the next minute is surely after the account's and contacts' creation (also on the timeline).
        await page.GetByLabel("Date (UTC)").FillAsync(DateTime.UtcNow.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "added" })).ToContainTextAsync("Call 'Agreed on a pilot' added.");
        await Expect(timeline.First).ToContainTextAsync("Call: Agreed on a pilot");
        await Expect(page.GetByLabel("Title or outcome")).ToHaveValueAsync("");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__stillHere === true"));

        // The kind filter swaps the list in place: only meetings.
        await page.GetByLabel("Show").SelectOptionAsync(ActivityKinds.Meeting);
        await Expect(timeline).ToHaveCountAsync(1);
        await Expect(timeline.First).ToContainTextAsync("Kick-off with the board");
        await page.GetByLabel("Show").SelectOptionAsync(ActivityKinds.Call);
        await Expect(timeline).ToHaveCountAsync(1);
        await Expect(timeline.First).ToContainTextAsync("Agreed on a pilot");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__stillHere === true"));

        // From a stakeholder to their contact page, which shows where they work and whom they report to.
        await page.GetByRole(AriaRole.Link, new() { Name = "Alan Turing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Alan Turing", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Grace Hopper" })).ToBeVisibleAsync();
        await Expect(page.GetByText("alan.turing@example.com")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Northwind Traders" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/accounts/{accountId}$"));
    }

    [Fact]
    public async Task A_user_without_view_permission_is_refused_and_an_unknown_account_is_not_found()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var host = new TestWebHost(db);
        await AdminHttpSession.SetUpAsync(host);
        await AdminHttpSession.CreateUserAsync(host, "newhire", RoleNames.NewHire);
        var othersId = await Account360Site.CreateAccountAsync(host.Services, "Contoso", "admin");
        var ownId = await Account360Site.CreateAccountAsync(host.Services, "Fabrikam", "newhire");

        var client = await AdminHttpSession.SignInAsync(host, "newhire");
        var refused = await client.GetAsync($"/admin/accounts/{othersId}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/access-denied", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/admin/accounts/{othersId}/timeline")).StatusCode);

        // A new hire may view their own accounts.
        var own = await client.GetAsync($"/admin/accounts/{ownId}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("Fabrikam", await own.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/admin/accounts/no-such-account")).StatusCode);
    }

    [Fact]
    public async Task Without_scripts_the_quick_add_form_posts_refuses_bad_input_beside_the_field_and_adds_a_task()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var host = new TestWebHost(db);
        await AdminHttpSession.SetUpAsync(host);
        var accountId = await Account360Site.CreateAccountAsync(host.Services, "Litware", "admin");
        var client = await AdminHttpSession.SignInAsync(host, "admin");
        var pageUrl = $"/admin/accounts/{accountId}";

        var refused = await AdminHttpSession.PostFormAsync(client, pageUrl, pageUrl + "/quick-add",
            new Dictionary<string, string> { ["Kind"] = "Lunch", ["Title"] = "Sandwiches", ["Date"] = "2026-01-05T10:00" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Kind must be one of: Note, Call, Meeting, Task.", html);
        Assert.Contains("value=\"Sandwiches\"", html);

        var added = await AdminHttpSession.PostFormAsync(client, pageUrl, pageUrl + "/quick-add",
            new Dictionary<string, string> { ["Kind"] = "Task", ["Title"] = "Send the proposal", ["Date"] = "2026-01-05T10:00" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(pageUrl, added.Headers.Location!.OriginalString);
        var timeline = await client.GetStringAsync(pageUrl + "/timeline?kind=Task");
        Assert.Contains("Send the proposal (Open, due 2026-01-05)", timeline);
    }

    [Fact]
    public async Task Every_account_and_contact_of_the_sample_book_opens_with_its_hierarchy_and_people()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var host = new TestWebHost(db);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var setup = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
            {
                SiteName = "Sample book", AdminUserName = "admin", AdminEmail = "admin@example.com",
                AdminPassword = AdminHttpSession.Password, ExtraRecipes = ["sample-data"],
            });
            Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
        }
        IReadOnlyList<ContentItem> accounts, contacts;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var queries = scope.ServiceProvider.GetRequiredService<IContentQueryFactory>();
            accounts = (await queries.Query(AccountTypes.Account).ListAsync(1, 100)).Items;
            contacts = (await queries.Query(AccountTypes.Contact).ListAsync(1, 10)).Items;
        }
        Assert.True(accounts.Count >= 30);

        var client = await AdminHttpSession.SignInAsync(host, "admin");
        foreach (var account in accounts)
        {
            var response = await client.GetAsync($"/admin/accounts/{account.ContentItemId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(WebUtility.HtmlEncode(account.DisplayText), html);
            // A child account links back to its parent.
            if (account.As<AccountPart>().ParentAccount.ContentItemIds.FirstOrDefault() is { } parentId)
                Assert.Contains($"href=\"/admin/accounts/{parentId}\"", html);
        }
        foreach (var contact in contacts)
        {
            var response = await client.GetAsync($"/admin/contacts/{contact.ContentItemId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            foreach (var link in contact.As<ContactPart>().Accounts)
                Assert.Contains($"href=\"/admin/accounts/{link.AccountId}\"", html);
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
