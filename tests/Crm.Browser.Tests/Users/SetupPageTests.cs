using System.Net;
using OrchardCrm.Testing;

namespace OrchardCrm.Browser.Tests.Users;

/// <summary>The setup page over HTTP: the redirect to it, errors beside the fields, and its disappearance once used.</summary>
public sealed class SetupPageTests
{
    [Theory, Databases]
    public async Task A_fresh_site_sends_pages_to_setup_but_not_the_api_health_or_static_files(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(db);
        var browser = FormClient.For(host);

        foreach (var page in new[] { "/", "/admin", "/admin/users", "/login" })
        {
            var response = await browser.Http.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/setup", response.Headers.Location!.OriginalString);
        }
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/session")).StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/_content/Crm.AdminTheme/css/admin.css")).StatusCode);

        // A client that does not ask for HTML (a script, a monitor) is not sent to a page.
        var script = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual("/setup", (await script.GetAsync("/admin/users")).Headers.Location?.OriginalString);

        var setup = await browser.GetPageAsync("/setup");
        Assert.Contains("Set up your CRM", setup);
        Assert.Contains("value=\"crm\"", setup);
    }

    [Theory, Databases]
    public async Task Bad_setup_input_is_named_beside_its_field_and_sets_nothing_up(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(db);
        var browser = FormClient.For(host);

        var response = await browser.SubmitAsync("/setup", "/setup",
            ("SiteName", "Acme CRM"), ("Recipe", "crm"), ("AdminUserName", "boss"), ("AdminEmail", "boss@example.com"),
            ("AdminPassword", "alllowercase"), ("ConfirmPassword", "alllowercase"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await FormClient.TextAsync(response);
        Assert.Matches("data-valmsg-for=\"AdminPassword\"[^>]*>[^<]*digit", html);

        var mismatch = await browser.SubmitAsync("/setup", "/setup",
            ("SiteName", "Acme CRM"), ("Recipe", "crm"), ("AdminUserName", "boss"), ("AdminEmail", "boss@example.com"),
            ("AdminPassword", "Str0ng-password"), ("ConfirmPassword", "Str0ng-passw0rd"));
        Assert.Matches("data-valmsg-for=\"ConfirmPassword\"[^>]*>The two passwords differ", await FormClient.TextAsync(mismatch));

        var unknownRecipe = await browser.SubmitAsync("/setup", "/setup",
            ("SiteName", "Acme CRM"), ("Recipe", "nope"), ("AdminUserName", "boss"), ("AdminEmail", "boss@example.com"),
            ("AdminPassword", "Str0ng-password"), ("ConfirmPassword", "Str0ng-password"));
        Assert.Matches("data-valmsg-for=\"Recipe\"[^>]*>There is no setup recipe named", await FormClient.TextAsync(unknownRecipe));

        Assert.Equal("/setup", (await browser.Http.GetAsync("/")).Headers.Location!.OriginalString);
    }

    [Theory, Databases]
    public async Task Setup_signs_the_administrator_in_and_then_the_page_is_gone(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(db);
        var browser = FormClient.For(host);

        var response = await browser.SubmitAsync("/setup", "/setup",
            ("SiteName", "Acme CRM"), ("Recipe", "crm"), ("AdminUserName", "boss"), ("AdminEmail", "boss@example.com"),
            ("AdminPassword", "Str0ng-password"), ("ConfirmPassword", "Str0ng-password"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);

        Assert.Contains("boss@example.com", await browser.GetPageAsync("/admin/users"));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.Http.GetAsync("/setup")).StatusCode);
        var again = await browser.PostAsync("/setup", ("SiteName", "Hijacked"));
        Assert.True(again.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"POST /setup answered {(int)again.StatusCode}");

        var anonymous = FormClient.For(host);
        Assert.Equal("/login", (await anonymous.Http.GetAsync("/admin/users")).Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Http.GetAsync("/setup")).StatusCode);
    }
}
