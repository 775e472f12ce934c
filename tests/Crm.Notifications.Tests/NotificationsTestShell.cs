using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Notifications.Models;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>A shell with the Notifications feature on (and whatever else a test names), plus reads of what was stored.</summary>
internal static class NotificationsTestShell
{
    public static async Task<TestShell> StartAsync(TestDatabase db, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null, params string[] moreFeatures)
    {
        var shell = await TestShell.StartAsync(db, configure, settings);
        await shell.EnableAsync(["Crm.Notifications", .. moreFeatures]);
        return shell;
    }

    public static Task<bool> NotifyAsync(this TestShell shell, UserNotification notification) =>
        shell.ScopeAsync(async sp =>
        {
            var notifier = Assert.Single(sp.GetRequiredService<Modules.IEnabled<IUserNotifier>>());
            return await notifier.NotifyAsync(notification);
        });

    public static Task<List<UserNotificationRecord>> NotificationsOfAsync(this TestShell shell, string userName) =>
        shell.ScopeAsync(sp =>
        {
            var records = sp.GetRequiredService<IRecordStore>();
            return records.ListAsync(records.Query<UserNotificationRecord>().Where(r => r.UserName == userName).OrderBy(r => r.Id));
        });
}
