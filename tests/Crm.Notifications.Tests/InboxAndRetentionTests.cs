using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Data;
using OrchardCrm.Notifications.Models;
using OrchardCrm.Notifications.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>Reading and marking one's own notifications, and the clean-up of old read ones.</summary>
public sealed class InboxAndRetentionTests
{
    [Theory, Databases]
    public async Task Marking_read_one_by_one_and_all_at_once_changes_only_the_users_own(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await NotificationsTestShell.StartAsync(db);
        for (var i = 1; i <= 3; i++) await shell.NotifyAsync(new UserNotification("ada", $"Ada {i}"));
        await shell.NotifyAsync(new UserNotification("bob", "Bob 1"));
        var adas = await shell.NotificationsOfAsync("ada");
        var bobs = Assert.Single(await shell.NotificationsOfAsync("bob"));

        await shell.ScopeAsync(async sp =>
        {
            var inbox = sp.GetRequiredService<UserNotificationInbox>();
            Assert.Equal(3, await inbox.CountUnreadAsync("ada"));
            var newestFirst = await inbox.ListAsync("ada", unreadOnly: false, page: 1, pageSize: 2);
            Assert.Equal((3, 2), (newestFirst.TotalCount, newestFirst.PageCount));
            Assert.Equal(["Ada 3", "Ada 2"], newestFirst.Items.Select(n => n.Title));

            Assert.NotNull((await inbox.MarkReadAsync("ada", adas[0].Id))!.ReadUtc);
            Assert.Null(await inbox.MarkReadAsync("ada", bobs.Id));
            Assert.Equal(["Ada 3", "Ada 2"], (await inbox.ListAsync("ada", unreadOnly: true, 1, 20)).Items.Select(n => n.Title));

            Assert.Equal(2, await inbox.MarkAllReadAsync("ada"));
            Assert.Equal(0, await inbox.CountUnreadAsync("ada"));
            Assert.Equal(1, await inbox.CountUnreadAsync("bob"));
        });
    }

    [Theory, Databases]
    public async Task Retention_deletes_read_notifications_past_the_configured_age_and_keeps_unread_ones(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await NotificationsTestShell.StartAsync(db, settings: new Dictionary<string, string?> { [NotificationRetentionTask.RetentionDaysKey] = "30" });
        var now = DateTime.UtcNow;
        await shell.ScopeAsync(sp => sp.GetRequiredService<IRecordStore>().AddAsync(new[]
        {
            Record("old and read", now.AddDays(-31), read: true),
            Record("old but unread", now.AddDays(-200), read: false),
            Record("recent and read", now.AddDays(-29), read: true),
        }.AsEnumerable()));

        await RunRetentionAsync(shell);

        Assert.Equal(["old but unread", "recent and read"], (await shell.NotificationsOfAsync("ada")).Select(n => n.Title).Order());
    }

    [Theory, Databases]
    public async Task Retention_defaults_to_ninety_days_and_refuses_a_nonsense_setting(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var shell = await NotificationsTestShell.StartAsync(db))
        {
            var now = DateTime.UtcNow;
            await shell.ScopeAsync(sp => sp.GetRequiredService<IRecordStore>().AddAsync(new[]
            {
                Record("91 days", now.AddDays(-91), read: true),
                Record("89 days", now.AddDays(-89), read: true),
            }.AsEnumerable()));
            await RunRetentionAsync(shell);
            Assert.Equal(["89 days"], (await shell.NotificationsOfAsync("ada")).Select(n => n.Title));
        }

        await using var misconfigured = await TestShell.StartAsync(db, settings: new Dictionary<string, string?> { [NotificationRetentionTask.RetentionDaysKey] = "zero" });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunRetentionAsync(misconfigured));
        Assert.Contains(NotificationRetentionTask.RetentionDaysKey, error.Message);
    }

    private static UserNotificationRecord Record(string title, DateTime created, bool read) => new()
    {
        UserName = "ada", Title = title, CreatedUtc = created, ReadUtc = read ? created.AddHours(1) : null,
    };

    // The runner is not in the kernel yet: resolve the task as it would, in a fresh scope, and run it.
    private static Task RunRetentionAsync(TestShell shell) =>
        shell.ScopeAsync(sp => sp.GetServices<IBackgroundTask>().OfType<NotificationRetentionTask>().Single().RunAsync(CancellationToken.None));
}
