using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Admin;

public sealed class RecipesPageTests
{
    [Fact]
    public async Task Running_a_recipe_from_the_recipes_page_shows_its_result_and_its_content_on_the_dashboard()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var page = await site.SignInAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Recipes" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Sample data" });
        await Expect(row).ToContainTextAsync("2.0.0");
        await Expect(row).ToContainTextAsync("samples");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "OrchardCrm" })).ToContainTextAsync("Yes"); // the setup recipe

        await row.GetByRole(AriaRole.Link, new() { Name = "Run Sample data" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Run Sample data?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Run recipe" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The recipe ran: 3 steps executed.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        var card = page.GetByRole(AriaRole.Region, new() { Name = "Site" });
        await Expect(card).ToContainTextAsync("Browser tests");
        await Expect(card.GetByRole(AriaRole.Row).Filter(new() { HasText = "Account" })).ToContainTextAsync("30");
        await Expect(card.GetByRole(AriaRole.Row).Filter(new() { HasText = "Contact" })).ToContainTextAsync("150");
    }
}
