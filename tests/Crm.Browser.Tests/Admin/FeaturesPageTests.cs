using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Admin;

public sealed class FeaturesPageTests
{
    [Fact]
    public async Task Disabling_a_feature_after_confirming_removes_its_menu_entry_and_its_pages_and_enabling_brings_them_back()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var page = await site.SignInAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin navigation" });
        var contentTypesEntry = menu.GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true });

        // The setup recipe turns the content type editor on.
        await menu.GetByRole(AriaRole.Link, new() { Name = "Features" }).ClickAsync();
        await Expect(contentTypesEntry).ToBeVisibleAsync();
        Assert.Equal(200, (await page.GotoAsync("/admin/content-types"))!.Status);

        // Each feature says what it needs and what needs it.
        await page.GotoAsync("/admin/features");
        await Expect(page.Locator("[data-feature-id='Crm.ContentTypes']")).ToContainTextAsync("needs: Contents");
        await Expect(page.Locator("[data-feature-id='Crm.Contents']")).ToContainTextAsync("needed by: Content types");

        await page.GetByRole(AriaRole.Link, new() { Name = "Disable Content types" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Disable Content types?" })).ToBeVisibleAsync();
        await Expect(page.GetByText("No other feature changes.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Disabled: Content types.")).ToBeVisibleAsync();
        await Expect(contentTypesEntry).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-feature-id='Crm.ContentTypes']")).ToContainTextAsync("Disabled");
        Assert.Equal(404, (await page.GotoAsync("/admin/content-types"))!.Status);

        await page.GotoAsync("/admin/features");
        await EnableContentTypesAsync(page);
        await Expect(contentTypesEntry).ToBeVisibleAsync();
        Assert.Equal(200, (await page.GotoAsync("/admin/content-types"))!.Status);
    }

    [Fact]
    public async Task An_always_on_feature_offers_no_disable_button()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var page = await site.SignInAsync();
        await page.GotoAsync("/admin/features");
        var admin = page.Locator("[data-feature-id='Crm.Admin']");
        await Expect(admin).ToContainTextAsync("Always on");
        await Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Disable" })).ToHaveCountAsync(0);

        // Asking anyway (by its address) is refused with the reason.
        await page.GotoAsync("/admin/features/Crm.Admin/disable");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("always enabled");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Disable" })).ToHaveCountAsync(0);
    }

    private static async Task EnableContentTypesAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Enable Content types" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enable Content types?" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enable", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Enabled: Content types.")).ToBeVisibleAsync();
    }
}
