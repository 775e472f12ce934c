using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>The real host with Notifications on, users ada and bob (no permissions at all), and their notifications.</summary>
internal static partial class NotificationsHost
{
    public static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Notifications"]);
        await TestUsers.CreateAsync(host.Services, "ada", "Plain user");
        await TestUsers.CreateAsync(host.Services, "bob", "Plain user");
        return host;
    }

    public static async Task<long> NotifyAsync(TestWebHost host, UserNotification notification)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<IEnabled<IUserNotifier>>().Single();
        Assert.True(await notifier.NotifyAsync(notification));
        var records = scope.ServiceProvider.GetRequiredService<Data.IRecordStore>();
        return (await records.ListAsync(records.Query<Models.UserNotificationRecord>().Where(r => r.UserName == notification.UserName).Select(r => r.Id))).Max();
    }

    /// <summary>Reads the antiforgery token from a page (the client keeps the matching cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string pageUrl)
    {
        var response = await client.GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string token, params (string Key, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
