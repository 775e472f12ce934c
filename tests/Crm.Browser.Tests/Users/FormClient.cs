using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;
using OrchardCrm.Setup;
using OrchardCrm.Testing;

namespace OrchardCrm.Browser.Tests.Users;

/// <summary>
/// A browser without a browser: an HTTP client that keeps cookies, does not follow redirects, and posts
/// forms the way a page does (with the antiforgery token read from the form it came from).
/// </summary>
internal sealed partial class FormClient(HttpClient client)
{
    public const string AdminUserName = "admin";
    public const string Password = "Sup3rSecret-pw";

    public HttpClient Http => client;

    public static FormClient For(TestWebHost host)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        // What a browser sends when it navigates: the setup redirect is for pages.
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return new FormClient(client);
    }

    /// <summary>A host on a set-up site whose administrator is <see cref="AdminUserName"/>.</summary>
    public static async Task<TestWebHost> StartSetUpAsync(TestDatabase database)
    {
        var host = new TestWebHost(database);
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "Users tests",
            AdminUserName = AdminUserName,
            AdminEmail = "admin@example.com",
            AdminPassword = Password,
        });
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return host;
    }

    public static async Task CreateUserAsync(TestWebHost host, string userName, string? role = null, bool enabled = true, params string[] permissions)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = new CrmUser { UserName = userName, Email = $"{userName}@example.com", IsEnabled = enabled };
        Check(await users.CreateAsync(user, Password));
        if (role is null) return;
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
        if (await roles.FindByNameAsync(role) is not { } crmRole)
        {
            crmRole = new CrmRole { Name = role };
            Check(await roles.CreateAsync(crmRole));
            foreach (var permission in permissions)
                Check(await roles.AddClaimAsync(crmRole, new System.Security.Claims.Claim(PermissionClaims.Type, permission)));
        }
        Check(await users.AddToRoleAsync(user, role));
    }

    public async Task<string> GetPageAsync(string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>GETs the page with the form, then posts the fields with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPage, string action, params (string Name, string Value)[] fields)
    {
        var html = await GetPageAsync(formPage);
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} has no antiforgery token");
        return await PostAsync(action, [.. fields, ("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))]);
    }

    public Task<HttpResponseMessage> PostAsync(string action, params (string Name, string Value)[] fields) =>
        client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null) =>
        SubmitAsync(returnUrl is null ? "/login" : $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "/login",
            ("UserName", userName), ("Password", password), ("ReturnUrl", returnUrl ?? ""));

    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
