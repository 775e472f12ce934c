using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>The notifications page, the bell and its list over real HTTP (the browser test drives the same in Chromium).</summary>
public sealed class NotificationPagesTests
{
    [Theory, Databases]
    public async Task The_page_lists_filters_and_marks_read_with_antiforgery(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await NotificationsHost.StartAsync(db);
        var call = await NotificationsHost.NotifyAsync(host, new UserNotification("ada", "Call Acme") { Url = "/admin/tasks/mine" });
        await NotificationsHost.NotifyAsync(host, new UserNotification("ada", "Send proposal"));
        var bobs = await NotificationsHost.NotifyAsync(host, new UserNotification("bob", "Bob's secret"));
        var ada = await TestUsers.SignInAsync(host, "ada");

        var page = await (await ada.GetAsync("/admin/notifications")).Content.ReadAsStringAsync();
        Assert.Contains("Call Acme", page);
        Assert.DoesNotContain("Bob's secret", page);
        Assert.Contains("aria-label=\"Notifications, 2 unread\"", page);

        var token = await NotificationsHost.AntiforgeryTokenAsync(ada, "/admin/notifications");
        Assert.Equal(HttpStatusCode.BadRequest, (await ada.PostAsync($"/admin/notifications/{call}/read", new FormUrlEncodedContent([]))).StatusCode);
        var marked = await NotificationsHost.PostFormAsync(ada, $"/admin/notifications/{call}/read", token, ("unread", "true"));
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal("/admin/notifications?unread=true", marked.Headers.Location!.OriginalString);
        var unreadPage = await (await ada.GetAsync("/admin/notifications?unread=true")).Content.ReadAsStringAsync();
        Assert.DoesNotContain($"/admin/notifications/{call}/open", unreadPage);
        Assert.Contains("Send proposal", unreadPage);
        Assert.Contains("Marked &quot;Call Acme&quot; read.", unreadPage);

        Assert.Equal(HttpStatusCode.NotFound, (await NotificationsHost.PostFormAsync(ada, $"/admin/notifications/{bobs}/read", token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync($"/admin/notifications/{bobs}/open")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await NotificationsHost.PostFormAsync(ada, "/admin/notifications/read-all", token)).StatusCode);
        var after = await (await ada.GetAsync("/admin/notifications")).Content.ReadAsStringAsync();
        Assert.Contains("Marked 1 notification read.", after);
        Assert.Contains("aria-label=\"Notifications, none unread\"", after);
        var bob = await TestUsers.SignInAsync(host, "bob");
        Assert.Equal(1, (await bob.GetFromJsonAsync<JsonObject>("/api/notifications"))!["unreadCount"]!.GetValue<int>());
    }

    [Theory, Databases]
    public async Task Opening_a_notification_marks_it_read_and_leads_to_its_link(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await NotificationsHost.StartAsync(db);
        var call = await NotificationsHost.NotifyAsync(host, new UserNotification("ada", "Call Acme") { Url = "/admin/tasks/mine" });
        var linkless = await NotificationsHost.NotifyAsync(host, new UserNotification("ada", "FYI"));
        var ada = await TestUsers.SignInAsync(host, "ada");

        var bell = await (await ada.GetAsync("/admin/notifications/bell")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/admin/notifications/{call}/open\"", bell);
        Assert.Contains("FYI", bell);

        var opened = await ada.GetAsync($"/admin/notifications/{call}/open");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/admin/tasks/mine", opened.Headers.Location!.OriginalString);
        Assert.Equal("/admin/notifications", (await ada.GetAsync($"/admin/notifications/{linkless}/open")).Headers.Location!.OriginalString);
        Assert.Equal(0, (await ada.GetFromJsonAsync<JsonObject>("/api/notifications"))!["unreadCount"]!.GetValue<int>());
    }

    [Theory, Databases]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_the_pages_are_gone_while_the_feature_is_off(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await NotificationsHost.StartAsync(db);
        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        var page = await anonymous.GetAsync("/admin/notifications");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/login", page.Headers.Location!.OriginalString);

        var ada = await TestUsers.SignInAsync(host, "ada");
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Modules.IFeatureManager>().DisableAsync(["Crm.Notifications"]);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync("/admin/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync("/api/notifications")).StatusCode);
    }
}
