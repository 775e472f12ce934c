using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Modules;
using OrchardCrm.Notifications;
using static Microsoft.Playwright.Assertions;

namespace OrchardCrm.Browser.Tests.Notifications;

/// <summary>The bell in a real browser: the unread count, the list loaded on opening, and following a notification.</summary>
public sealed class NotificationBellTests
{
    [Fact]
    public async Task A_user_sees_the_unread_count_opens_the_bell_follows_a_notification_and_the_count_goes_down()
    {
        await using var site = await BrowserSite.StartAsync();
        await site.SetUpAsync();
        await EnableNotificationsAsync(site.Services);
        await NotifyAsync(site.Services, new UserNotification(BrowserSite.AdminUserName, "Quarterly review booked") { Url = "/admin/notifications?unread=true", Source = "Reminder" });
        await NotifyAsync(site.Services, new UserNotification(BrowserSite.AdminUserName, "Call Acme back") { Url = "/admin/notifications", Source = "Reminder" });
        await NotifyAsync(site.Services, new UserNotification("someone-else", "Not for the admin"));
        var page = await site.SignInAsync();

        await page.GotoAsync("/admin");
        var bell = page.GetByRole(AriaRole.Button, new() { Name = "Notifications, 2 unread" });
        await Expect(bell).ToBeVisibleAsync();
        await Expect(bell).ToContainTextAsync("2");

        await bell.ClickAsync();
        var list = page.GetByRole(AriaRole.List, new() { Name = "Latest notifications" });
        await Expect(list.GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        await Expect(list.GetByRole(AriaRole.Link, new() { Name = "Quarterly review booked" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Not for the admin")).ToHaveCountAsync(0);

        await list.GetByRole(AriaRole.Link, new() { Name = "Call Acme back" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/admin/notifications", StringComparison.Ordinal));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Notifications, 1 unread" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Unread (1)" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Notifications, none unread" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Marked 1 notification read.")).ToBeVisibleAsync();
    }

    private static async Task EnableNotificationsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Notifications"]);
    }

    private static async Task NotifyAsync(IServiceProvider services, UserNotification notification)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var notifier in scope.ServiceProvider.GetRequiredService<IEnabled<IUserNotifier>>())
            await notifier.NotifyAsync(notification);
    }
}
