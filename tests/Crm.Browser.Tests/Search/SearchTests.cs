using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Browser.Tests.Accounts;
using OrchardCrm.Modules;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Search;

public sealed class SearchTests
{
    private static async Task<BrowserSite> StartAsync()
    {
        var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Accounts", "Crm.Search.Lucene"]);
        return site;
    }

    [Fact]
    public async Task Typing_in_the_top_bar_shows_results_grouped_by_type_and_opens_one_from_the_keyboard()
    {
        await using var site = await StartAsync();
        var account = await Account360Site.CreateAccountAsync(site.Services, "Zephyr Freight", "admin", "Logistics");
        await Account360Site.CreateContactAsync(site.Services, "Zephyr", "Jones", account, "Buyer", "Decision maker");
        await Account360Site.CreateAccountAsync(site.Services, "Alpine Dairy", "admin", "Retail");
        var page = await site.SignInAsync();

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).First;
        await search.PressSequentiallyAsync("zeph");
        var suggestions = page.Locator("#crm-search-results");
        await Expect(suggestions.GetByRole(AriaRole.Heading, new() { Name = "Account" })).ToBeVisibleAsync();
        await Expect(suggestions.GetByRole(AriaRole.Heading, new() { Name = "Contact" })).ToBeVisibleAsync();
        await Expect(suggestions.GetByRole(AriaRole.Link, new() { Name = "Zephyr Jones" })).ToBeVisibleAsync();
        await Expect(suggestions.GetByRole(AriaRole.Link, new() { Name = "Alpine Dairy" })).ToHaveCountAsync(0);

        // Arrow keys walk the suggestions; Enter opens the account's 360 page.
        var links = await suggestions.GetByRole(AriaRole.Link).AllInnerTextsAsync();
        var position = links.ToList().IndexOf("Zephyr Freight");
        Assert.True(position >= 0, string.Join(", ", links));
        for (var i = 0; i <= position; i++) await page.Keyboard.PressAsync("ArrowDown");
        await Expect(suggestions.GetByRole(AriaRole.Link, new() { Name = "Zephyr Freight" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/admin/accounts/{account}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zephyr Freight" }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_results_page_shows_highlights_and_filters_by_type()
    {
        await using var site = await StartAsync();
        var account = await Account360Site.CreateAccountAsync(site.Services, "Zephyr Freight", "admin", "Logistics");
        await Account360Site.CreateContactAsync(site.Services, "Zephyr", "Jones", account, "Buyer", "Decision maker");
        var page = await site.SignInAsync();

        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).First;
        await search.FillAsync("zephyr");
        await search.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Search", Exact = true })).ToBeVisibleAsync();
        var results = page.GetByRole(AriaRole.Region, new() { Name = "Results" });
        await Expect(results.Locator("mark").First).ToHaveTextAsync("Zephyr");
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Zephyr Jones" })).ToBeVisibleAsync();

        var facets = page.GetByRole(AriaRole.Navigation, new() { Name = "Filter by type" });
        await facets.GetByRole(AriaRole.Link, new() { Name = "Account 1" }).ClickAsync();
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Zephyr Freight" })).ToBeVisibleAsync();
        await Expect(results.GetByRole(AriaRole.Link, new() { Name = "Zephyr Jones" })).ToHaveCountAsync(0);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("type=Account"));
    }
}
