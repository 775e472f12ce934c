using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Accounts;

public sealed class AccountDirectoryTests
{
    [Fact]
    public async Task The_sales_menu_lists_accounts_by_name_and_opens_their_360_page()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await Account360Site.CreateAccountAsync(site.Services, "Zephyr Freight", "admin", "Logistics");
        await Account360Site.CreateAccountAsync(site.Services, "Alpine Dairy", "admin", "Retail");
        var page = await site.SignInAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin navigation" }).GetByRole(AriaRole.Link, new() { Name = "Accounts" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accounts", Exact = true })).ToBeVisibleAsync();
        var links = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link);
        await Expect(links).ToHaveTextAsync(["Alpine Dairy", "Zephyr Freight"]);

        await page.GetByLabel("Search accounts").FillAsync("zeph");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(links).ToHaveTextAsync(["Zephyr Freight"]);

        await links.First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zephyr Freight" }).First).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/accounts/[0-9a-z]+$"));
    }
}
