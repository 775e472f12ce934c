using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Notifications.Models;

namespace OrchardCrm.Notifications.Services;

/// <summary>
/// Deletes read notifications older than <c>Crm:Notifications:RetentionDays</c> (90 by default), so the
/// table holds what people may still look back at. Unread ones stay whatever their age.
/// </summary>
public sealed class NotificationRetentionTask(IRecordStore records, IClock clock, IConfiguration configuration, ILogger<NotificationRetentionTask> logger) : IBackgroundTask
{
    public const string RetentionDaysKey = "Crm:Notifications:RetentionDays";
    public const int DefaultRetentionDays = 90;

    public string Name => "Crm.Notifications.Retention";

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public BackgroundTaskScope Scope => BackgroundTaskScope.OneNode;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.UtcNow.AddDays(-RetentionDays());
        var deleted = await records.DeleteWhereAsync<UserNotificationRecord>(r => r.ReadUtc != null && r.CreatedUtc < cutoff, cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} read notifications created before {Cutoff:O}.", deleted, cutoff);
    }

    private int RetentionDays()
    {
        var value = configuration[RetentionDaysKey];
        if (string.IsNullOrWhiteSpace(value)) return DefaultRetentionDays;
        if (!int.TryParse(value, out var days) || days < 1)
            throw new InvalidOperationException($"{RetentionDaysKey} must be a whole number of days, 1 or more; it is '{value}'.");
        return days;
    }
}
