using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OrchardCrm.Browser.Tests.Users;

/// <summary>Setup, sign-in, roles, users and passwords in a real browser against the real host.</summary>
public sealed class UsersBrowserTests
{
    [Fact]
    public async Task A_fresh_site_is_set_up_through_the_setup_page_and_lands_signed_in_on_the_admin()
    {
        await using var site = await BrowserSite.StartAsync();
        var page = await site.NewPageAsync();

        await page.GotoAsync("/");
        Assert.EndsWith("/setup", page.Url);
        await page.GetByLabel("Site name").FillAsync("Acme CRM");
        await page.GetByLabel("Administrator's user name").FillAsync("boss");
        await page.GetByLabel("Administrator's e-mail").FillAsync("boss@example.com");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("weak");
        await page.GetByLabel("Confirm password").FillAsync("weak");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the site" }).ClickAsync();

        // Refused with the reason beside the password; nothing set up yet.
        Assert.EndsWith("/setup", page.Url);
        Assert.Contains("10 characters", await page.Locator("[data-valmsg-for=AdminPassword]").InnerTextAsync());

        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("Str0ng-password");
        await page.GetByLabel("Confirm password").FillAsync("Str0ng-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the site" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");

        // Signed in as the new administrator.
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "boss@example.com" })).ToBeVisibleAsync();
        var gone = await page.Context.APIRequest.GetAsync("/setup");
        Assert.Equal(404, gone.Status);
    }

    [Fact]
    public async Task A_user_whose_role_lacks_the_permission_is_refused_the_users_page()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var admin = await site.SignInAsync();

        await admin.GotoAsync("/admin/roles");
        await admin.GetByRole(AriaRole.Link, new() { Name = "New role" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Receptionists");
        await admin.GetByLabel("Description").FillAsync("Front desk");
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "Open the admin" }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create role" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Role Receptionists created.")).ToBeVisibleAsync();

        await admin.GotoAsync("/admin/users");
        await admin.GetByRole(AriaRole.Link, new() { Name = "New user" }).ClickAsync();
        await admin.GetByLabel("User name").FillAsync("rita");
        await admin.GetByLabel("E-mail").FillAsync("rita@example.com");
        await admin.GetByLabel("Password", new() { Exact = true }).FillAsync("Reception-desk1");
        await admin.GetByLabel("Confirm password").FillAsync("Reception-desk1");
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "Receptionists" }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("User rita created.")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row, new() { Name = "rita" })).ToContainTextAsync("Receptionists");

        var navigation = admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin navigation" });
        await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToBeVisibleAsync();

        var rita = await site.SignInAsync("rita", "Reception-desk1");
        // Her menu has no Security entries, and the page itself refuses her.
        await rita.GotoAsync("/account/change-password");
        var ritasNavigation = rita.GetByRole(AriaRole.Navigation, new() { Name = "Admin navigation" });
        await Assertions.Expect(ritasNavigation).ToBeAttachedAsync();
        await Assertions.Expect(ritasNavigation.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        await Assertions.Expect(ritasNavigation.GetByRole(AriaRole.Link, new() { Name = "Roles" })).ToHaveCountAsync(0);
        await rita.GotoAsync("/admin/users");
        await Assertions.Expect(rita.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        Assert.Contains("/access-denied", rita.Url);
    }

    [Fact]
    public async Task A_user_changes_their_password_and_signs_in_with_the_new_one()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var page = await site.SignInAsync();

        await page.GotoAsync("/account/change-password");
        await page.GetByLabel("Current password").FillAsync("not-my-password");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Fresh-passw0rd");
        await page.GetByLabel("Confirm new password").FillAsync("Fresh-passw0rd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for=CurrentPassword]")).ToHaveTextAsync("The current password is wrong.");

        await page.GetByLabel("Current password").FillAsync(BrowserSite.AdminPassword);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Fresh-passw0rd");
        await page.GetByLabel("Confirm new password").FillAsync("Fresh-passw0rd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your password was changed.")).ToBeVisibleAsync();

        // Still signed in here, and the next sign-in takes the new password (and not the old one).
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Users" })).ToBeVisibleAsync();
        var refused = await site.NewPageAsync();
        await refused.GotoAsync("/login");
        await refused.GetByLabel("User name").FillAsync(BrowserSite.AdminUserName);
        await refused.GetByLabel("Password").FillAsync(BrowserSite.AdminPassword);
        await refused.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(refused.GetByRole(AriaRole.Alert)).ToContainTextAsync("The user name or password is wrong.");
        var again = await site.SignInAsync(BrowserSite.AdminUserName, "Fresh-passw0rd");
        Assert.DoesNotContain("/login", again.Url);
    }

    [Fact]
    public async Task Signing_out_from_the_user_menu_returns_to_the_sign_in_page()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        var page = await site.SignInAsync();

        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Button, new() { Name = BrowserSite.AdminUserName }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/login$"));
        await page.GotoAsync("/admin/users");
        Assert.Contains("/login", page.Url);
    }
}
