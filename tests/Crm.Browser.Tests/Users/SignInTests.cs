using System.Net;
using OrchardCrm.Testing;
using OrchardCrm.Users.Controllers;

namespace OrchardCrm.Browser.Tests.Users;

/// <summary>The sign-in page over HTTP: redirects, wrong passwords, lockout, disabled users, CSRF, access denied.</summary>
public sealed class SignInTests
{
    [Theory, Databases]
    public async Task An_anonymous_visitor_of_the_users_page_is_sent_to_sign_in_and_back(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        var browser = FormClient.For(host);

        var response = await browser.Http.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fadmin%2Fusers", response.Headers.Location.Query);

        var signedIn = await browser.SignInAsync(FormClient.AdminUserName, FormClient.Password, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin/users", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("admin@example.com", await browser.GetPageAsync("/admin/users"));
    }

    [Theory, Databases]
    public async Task A_return_url_to_another_site_is_ignored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        var browser = FormClient.For(host);

        var signedIn = await browser.SignInAsync(FormClient.AdminUserName, FormClient.Password, "https://evil.example/phish");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin", signedIn.Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task A_wrong_password_shows_the_error_and_signs_nobody_in(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        var browser = FormClient.For(host);

        var response = await browser.SignInAsync(FormClient.AdminUserName, "Not-the-passw0rd");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AccountController.WrongCredentials, await FormClient.TextAsync(response));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/admin/users")).StatusCode);

        var unknown = await browser.SignInAsync("nobody", FormClient.Password);
        Assert.Contains(AccountController.WrongCredentials, await FormClient.TextAsync(unknown));
    }

    [Theory, Databases]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        await FormClient.CreateUserAsync(host, "mallory-target");
        var browser = FormClient.For(host);

        for (var attempt = 1; attempt <= 4; attempt++)
            Assert.Contains(AccountController.WrongCredentials, await FormClient.TextAsync(await browser.SignInAsync("mallory-target", $"Wrong-guess{attempt}")));
        Assert.Contains(AccountController.LockedOut, await FormClient.TextAsync(await browser.SignInAsync("mallory-target", "Wrong-guess5")));

        var right = await browser.SignInAsync("mallory-target", FormClient.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(AccountController.LockedOut, await FormClient.TextAsync(right));
    }

    [Theory, Databases]
    public async Task A_disabled_user_cannot_sign_in(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        await FormClient.CreateUserAsync(host, "gone", enabled: false);
        var browser = FormClient.For(host);

        var response = await browser.SignInAsync("gone", FormClient.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AccountController.Disabled, await FormClient.TextAsync(response));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/account/change-password")).StatusCode);

        // Without the right password, nothing says the account exists or is disabled.
        var guessed = await browser.SignInAsync("gone", "Wrong-guess1");
        Assert.Contains(AccountController.WrongCredentials, await FormClient.TextAsync(guessed));
    }

    [Theory, Databases]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        var browser = FormClient.For(host);

        var signIn = await browser.PostAsync("/login", ("UserName", FormClient.AdminUserName), ("Password", FormClient.Password));
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(FormClient.AdminUserName, FormClient.Password)).StatusCode);
        var forged = await browser.PostAsync("/admin/users/create", ("UserName", "intruder"), ("Email", "i@example.com"), ("Password", "Intruder-pw123"), ("ConfirmPassword", "Intruder-pw123"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.DoesNotContain("intruder", await browser.GetPageAsync("/admin/users"));
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/logout")).StatusCode);
    }

    [Theory, Databases]
    public async Task A_user_without_the_users_permissions_is_denied_the_users_pages(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        await FormClient.CreateUserAsync(host, "clerk", "Clerks", permissions: "AccessAdminPanel");
        await FormClient.CreateUserAsync(host, "viewer", "Viewers", permissions: "ViewUsers");

        var clerk = FormClient.For(host);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.SignInAsync("clerk", FormClient.Password)).StatusCode);
        var denied = await clerk.Http.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/access-denied", denied.Headers.Location!.AbsolutePath);
        var page = await clerk.Http.GetAsync(denied.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Access denied", await FormClient.TextAsync(page));
        Assert.Equal("/access-denied", (await clerk.Http.GetAsync("/admin/roles")).Headers.Location!.AbsolutePath);

        // Seeing users is not managing them.
        var viewer = FormClient.For(host);
        await viewer.SignInAsync("viewer", FormClient.Password);
        var list = await viewer.GetPageAsync("/admin/users");
        Assert.Contains("clerk@example.com", list);
        Assert.DoesNotContain("New user", list);
        Assert.Equal("/access-denied", (await viewer.Http.GetAsync("/admin/users/create")).Headers.Location!.AbsolutePath);
    }
}
