using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Browser.Tests.Deals;

/// <summary>The deals board, the deal page and the forecast, driven through the browser.</summary>
public sealed class DealBoardTests
{
    [Fact]
    public async Task Dragging_a_deal_to_another_stage_moves_it_updates_the_column_totals_and_shows_in_its_history()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await DealsSite.EnableAsync(site.Services);
        var accountId = await DealsSite.CreateAccountAsync(site.Services, "Globex");
        var dealId = await DealsSite.CreateDealAsync(site.Services, "Globex rollout", accountId, "qualification", 40_000m);
        await DealsSite.CreateDealAsync(site.Services, "Globex pilot", accountId, "discovery", 10_000m);

        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/deals");
        var qualification = Column(page, "qualification");
        var discovery = Column(page, "discovery");
        await Expect(qualification.Locator("[data-total=count]")).ToHaveTextAsync("1");
        await Expect(discovery.Locator("[data-total=total]")).ToHaveTextAsync("10,000");
        await page.EvaluateAsync("() => window.__stillHere = true");

        await DragAsync(page, Card(page, "Globex rollout"), discovery.Locator("ol"));

        // The figures come back from the server: 40,000 at 20 % joins the 10,000 already there.
        await Expect(discovery.Locator("[data-total=count]")).ToHaveTextAsync("2");
        await Expect(discovery.Locator("[data-total=total]")).ToHaveTextAsync("50,000");
        await Expect(discovery.Locator("[data-total=weighted]")).ToHaveTextAsync("10,000");
        await Expect(qualification.Locator("[data-total=count]")).ToHaveTextAsync("0");
        await Expect(discovery.Locator(".crm-deal-card", new() { HasText = "Globex rollout" })).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__stillHere === true"));

        // Still there after a reload: the move was saved.
        await page.ReloadAsync();
        await Expect(Column(page, "discovery").Locator(".crm-deal-card", new() { HasText = "Globex rollout" })).ToBeVisibleAsync();

        await Card(page, "Globex rollout").GetByRole(AriaRole.Link, new() { Name = "Globex rollout" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/admin/deals/{dealId}$"));
        await Expect(page.Locator("#deal-stage")).ToContainTextAsync("Discovery (20 %)");
        await Expect(page.Locator(".crm-history-row").First).ToContainTextAsync("Qualification → Discovery");
    }

    [Fact]
    public async Task Dragging_a_deal_to_closed_lost_asks_for_the_reason_and_competitor_then_closes_it()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await DealsSite.EnableAsync(site.Services);
        var accountId = await DealsSite.CreateAccountAsync(site.Services, "Initrode");
        var dealId = await DealsSite.CreateDealAsync(site.Services, "Initrode renewal", accountId, "negotiation", 25_000m);

        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/deals");
        await DragAsync(page, Card(page, "Initrode renewal"), Column(page, "closed-lost").Locator("ol"));

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Close the deal as lost" });
        await Expect(dialog).ToBeVisibleAsync();
        // Without a reason the dialog refuses and stays open.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close deal" }).ClickAsync();
        await Expect(dialog.Locator("[data-error-for=closeReason]")).ToHaveTextAsync("Choose a close reason.");
        await dialog.GetByLabel("Close reason").SelectOptionAsync("Price");
        await dialog.GetByLabel("Competitor").FillAsync("Umbrella Corp");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close deal" }).ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Column(page, "closed-lost").Locator("[data-total=count]")).ToHaveTextAsync("1");
        await Expect(Column(page, "negotiation").Locator("[data-total=count]")).ToHaveTextAsync("0");

        await page.GotoAsync($"/admin/deals/{dealId}");
        await Expect(page.Locator(".crm-deal-facts")).ToContainTextAsync("Lost");
        await Expect(page.Locator(".crm-deal-facts")).ToContainTextAsync("Price (lost to Umbrella Corp)");
    }

    [Fact]
    public async Task Cancelling_the_close_dialog_puts_the_card_back()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await DealsSite.EnableAsync(site.Services);
        var accountId = await DealsSite.CreateAccountAsync(site.Services, "Hooli");
        await DealsSite.CreateDealAsync(site.Services, "Hooli search", accountId, "proposal", 5_000m);

        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/deals");
        await DragAsync(page, Card(page, "Hooli search"), Column(page, "closed-won").Locator("ol"));
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Close the deal as won" });
        await Expect(dialog.GetByLabel("Competitor")).ToBeHiddenAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).First.ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(Column(page, "proposal").Locator(".crm-deal-card", new() { HasText = "Hooli search" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(Column(page, "proposal").Locator(".crm-deal-card", new() { HasText = "Hooli search" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_big_deal_without_economic_buyer_or_champion_is_flagged_and_adding_them_clears_the_flag()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await DealsSite.EnableAsync(site.Services);
        var accountId = await DealsSite.CreateAccountAsync(site.Services, "Soylent");
        var ada = await DealsSite.CreateContactAsync(site.Services, "Ada", "Byron", accountId);
        await DealsSite.CreateContactAsync(site.Services, "Bea", "Stone", accountId);
        var dealId = await DealsSite.CreateDealAsync(site.Services, "Soylent platform", accountId, "proposal", 250_000m,
            committee: [new CommitteeMember(ada, CommitteeRoles.Influencer, CommitteeInfluence.High, CommitteeSentiment.Supporter, IsPrimary: true)]);

        var page = await site.SignInAsync();
        await page.GotoAsync($"/admin/deals/{dealId}");
        var committee = page.Locator("#deal-committee");
        await Expect(committee.GetByRole(AriaRole.Alert)).ToContainTextAsync("no economic buyer, no champion");
        await Expect(committee.Locator(".crm-committee-member")).ToContainTextAsync(new Regex("Ada Byron.*Primary.*Influencer.*High.*Supporter", RegexOptions.Singleline));

        await committee.GetByLabel("Contact").SelectOptionAsync(new SelectOptionValue { Label = "Bea Stone" });
        await committee.GetByLabel("Role").SelectOptionAsync(CommitteeRoles.EconomicBuyer);
        await committee.GetByRole(AriaRole.Button, new() { Name = "Save member" }).ClickAsync();
        await Expect(page.Locator("#deal-committee .crm-committee-member")).ToHaveCountAsync(2);
        await Expect(page.Locator("#deal-committee").GetByRole(AriaRole.Alert)).ToContainTextAsync("no champion");
        await Expect(page.Locator("#deal-committee").GetByRole(AriaRole.Alert)).Not.ToContainTextAsync("economic buyer");
    }

    [Fact]
    public async Task The_forecast_shows_the_chart_and_the_table_per_period_and_owner()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await DealsSite.EnableAsync(site.Services);
        var accountId = await DealsSite.CreateAccountAsync(site.Services, "Stark");
        var close = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        await DealsSite.CreateDealAsync(site.Services, "Stark armour", accountId, "negotiation", 80_000m, closeDate: close);

        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/deals/forecast");
        await Expect(page.Locator("canvas#forecast-chart")).ToBeVisibleAsync();
        // Chart.js draws into the canvas: it sized it and attached itself.
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart('forecast-chart') !== undefined");
        var row = page.Locator(".crm-forecast-table tbody tr", new() { HasText = "admin" });
        await Expect(row).ToContainTextAsync(close.ToString("yyyy-MM"));
        // Commit: 80,000, weighted at 75 %.
        await Expect(row).ToContainTextAsync("80,000");
        await Expect(row).ToContainTextAsync("60,000");
    }

    private static ILocator Column(IPage page, string stageId) => page.Locator($".crm-board-column[data-stage-id='{stageId}']");

    private static ILocator Card(IPage page, string name) => page.Locator(".crm-deal-card", new() { HasText = name });

    /// <summary>A mouse drag in small steps, as SortableJS's pointer fallback expects from a person.</summary>
    private static async Task DragAsync(IPage page, ILocator card, ILocator target)
    {
        var from = (await card.BoundingBoxAsync())!;
        var to = (await target.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(from.X + from.Width / 2, from.Y + 6);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(from.X + from.Width / 2 + 10, from.Y + 16, new() { Steps = 5 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + Math.Min(to.Height - 5, 30), new() { Steps = 20 });
        await page.Mouse.MoveAsync(to.X + to.Width / 2, to.Y + Math.Min(to.Height - 4, 32), new() { Steps = 3 });
        await page.Mouse.UpAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
