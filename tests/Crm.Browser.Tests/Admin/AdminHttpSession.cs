using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Setup;
using OrchardCrm.Testing;

namespace OrchardCrm.Browser.Tests.Admin;

/// <summary>A set-up site in memory, users in its default roles, and clients signed in as them that post forms with their antiforgery token.</summary>
internal static partial class AdminHttpSession
{
    public const string Password = "Http-Tests1!pw";

    public static async Task SetUpAsync(TestWebHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "HTTP tests",
            AdminUserName = "admin",
            AdminEmail = "admin@example.com",
            AdminPassword = Password,
        });
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>A user in one of the roles setup created (with their default permissions).</summary>
    public static Task CreateUserAsync(TestWebHost host, string userName, string role) =>
        TestUsers.CreateAsync(host.Services, userName, role, Password);

    public static Task<HttpClient> SignInAsync(TestWebHost host, string userName) => TestUsers.SignInAsync(host, userName, Password);

    /// <summary>Opens the page that holds the form, then posts the form with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, IDictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(formPage);
        var token = Token().Match(html);
        if (!token.Success) throw new InvalidOperationException($"{formPage} has no antiforgery token.");
        var values = new Dictionary<string, string>(fields ?? new Dictionary<string, string>()) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
