using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Setup;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Records;

/// <summary>Signing in on the sign-in page raises "UserSignedIn"; a wrong password raises nothing.</summary>
public sealed partial class UserSignedInEventTests
{
    private const string Password = "Signed-In1!pw";

    [Theory, Databases]
    public async Task Signing_in_raises_UserSignedIn_with_the_user_name(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(database);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var setup = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
            {
                AdminUserName = "admin",
                AdminEmail = "admin@example.com",
                AdminPassword = Password,
            });
            Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Test.Records"]);
        }
        var log = host.Services.GetRequiredService<EventLog>();
        var client = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, "admin", "Wrong-Password1")).StatusCode);
        Assert.DoesNotContain(log.Received, e => e.Name == "UserSignedIn");

        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "admin", Password)).StatusCode);
        var signedIn = Assert.Single(log.Received, e => e.Name == "UserSignedIn");
        Assert.Equal("admin", signedIn.Input["UserName"]);

        // The workflow toolbox can list it.
        var descriptor = Assert.Single(host.Services.GetServices<CrmEventDescriptor>(), d => d.Name == "UserSignedIn");
        Assert.Equal(["UserName"], descriptor.InputNames);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password)
    {
        var page = await client.GetStringAsync("/login");
        var token = Token().Match(page);
        Assert.True(token.Success, "The sign-in page has no antiforgery token.");
        return await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
