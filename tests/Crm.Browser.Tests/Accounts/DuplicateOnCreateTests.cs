using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement.Queries;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Accounts;

/// <summary>Issue 4: likely duplicates are shown when an account is created, and it is created only once the user confirms.</summary>
public sealed class DuplicateOnCreateTests
{
    [Fact]
    public async Task Creating_an_account_like_an_existing_one_warns_first_and_creates_it_after_confirmation()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var existing = await Account360Site.CreateAccountAsync(site.Services, "Northwind Traders", "admin", "Retail");
        var page = await site.SignInAsync();

        await page.GotoAsync("/admin/contents/Account/create");
        await page.GetByLabel("Account name").FillAsync("Northwind Traders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();

        var warning = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Check before creating" });
        await Expect(warning).ToContainTextAsync("Northwind Traders looks like the same company");
        await Expect(warning.GetByRole(AriaRole.Link, new() { Name = "Open" })).ToHaveAttributeAsync("href", $"/admin/accounts/{existing}");
        // The typed name survives the round trip, and nothing was stored yet.
        await Expect(page.GetByLabel("Account name")).ToHaveValueAsync("Northwind Traders");
        Assert.Equal(1, await CountAccountsAsync(site));

        await page.GetByLabel("I have checked: create it anyway").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Account 'Northwind Traders' published.")).ToBeVisibleAsync();
        Assert.Equal(2, await CountAccountsAsync(site));
    }

    private static async Task<int> CountAccountsAsync(BrowserSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Account).Latest().CountAsync();
    }
}
