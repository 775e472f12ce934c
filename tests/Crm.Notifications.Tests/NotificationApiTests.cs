using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>The JSON API over real HTTP: a user reads and marks their own notifications and nobody else's.</summary>
public sealed class NotificationApiTests
{
    [Theory, Databases]
    public async Task A_user_lists_and_marks_their_own_notifications_and_cannot_reach_anothers(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await NotificationsHost.StartAsync(db);
        var first = await NotificationsHost.NotifyAsync(host, new UserNotification("ada", "Call Acme") { Url = "/admin/tasks/mine", Source = "Reminder" });
        var second = await NotificationsHost.NotifyAsync(host, new UserNotification("ada", "Send proposal"));
        var bobs = await NotificationsHost.NotifyAsync(host, new UserNotification("bob", "Bob's secret"));
        var ada = await TestUsers.SignInAsync(host, "ada");

        var all = (await ada.GetFromJsonAsync<JsonObject>("/api/notifications"))!;
        Assert.Equal(["Send proposal", "Call Acme"], all["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
        Assert.Equal((2, 2), (all["totalCount"]!.GetValue<int>(), all["unreadCount"]!.GetValue<int>()));
        Assert.Equal("/admin/tasks/mine", all["items"]![1]!["url"]!.GetValue<string>());

        var marked = await ada.PostAsync($"/api/notifications/{first}/read", null);
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        Assert.True((await marked.Content.ReadFromJsonAsync<JsonObject>())!["isRead"]!.GetValue<bool>());
        var unread = (await ada.GetFromJsonAsync<JsonObject>("/api/notifications?unread=true"))!;
        Assert.Equal([second], unread["items"]!.AsArray().Select(i => i!["id"]!.GetValue<long>()));

        // Bob's notification is "not found" to ada, the same answer as an id that does not exist, and stays unread.
        foreach (var id in new[] { bobs.ToString(), "999999", "abc" })
        {
            var refused = await ada.PostAsync($"/api/notifications/{id}/read", null);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        }
        var bob = await TestUsers.SignInAsync(host, "bob");
        var bobsList = (await bob.GetFromJsonAsync<JsonObject>("/api/notifications?unread=true"))!;
        Assert.Equal(["Bob's secret"], bobsList["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));

        var readAll = await ada.PostAsync("/api/notifications/read-all", null);
        Assert.Equal(1, (await readAll.Content.ReadFromJsonAsync<JsonObject>())!["marked"]!.GetValue<int>());
        Assert.Equal(0, (await ada.GetFromJsonAsync<JsonObject>("/api/notifications"))!["unreadCount"]!.GetValue<int>());
        Assert.Equal(1, (await bob.GetFromJsonAsync<JsonObject>("/api/notifications"))!["unreadCount"]!.GetValue<int>());
    }

    [Theory, Databases]
    public async Task Anonymous_callers_get_401_and_bad_query_values_get_problem_details(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await NotificationsHost.StartAsync(db);
        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/notifications/read-all", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/notifications/1/read", null)).StatusCode);

        var ada = await TestUsers.SignInAsync(host, "ada");
        var bad = await ada.GetAsync("/api/notifications?unread=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        Assert.NotNull((await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["unread"]);
        var badSize = await ada.GetAsync("/api/notifications?pageSize=5000");
        Assert.NotNull((await badSize.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["pageSize"]);
    }
}
