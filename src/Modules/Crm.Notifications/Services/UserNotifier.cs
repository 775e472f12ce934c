using Microsoft.Extensions.Logging;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Notifications.Models;

namespace OrchardCrm.Notifications.Services;

/// <summary>
/// Stores notifications in the module's table. A de-duplication key is checked first (the usual case:
/// a recurring job sending "once"), and the unique index on user and key settles the race when two
/// senders pass the check together: the loser sees the winner's row and reports "not stored".
/// </summary>
public sealed class UserNotifier(IRecordStore records, IClock clock, ILogger<UserNotifier> logger) : IUserNotifier
{
    public async Task<bool> NotifyAsync(UserNotification notification, CancellationToken cancellationToken = default)
    {
        var record = ToRecord(notification);
        if (record.DeduplicationKey is not null && await ExistsAsync(record, cancellationToken)) return false;
        try
        {
            await records.AddAsync(record, cancellationToken);
            return true;
        }
        // The kernel's data exception type is not visible to modules; whether the row is there now tells a lost race from a real failure.
        catch (Exception ex) when (ex is not OperationCanceledException && record.DeduplicationKey is not null)
        {
            if (!await ExistsAfterFailureAsync(record, cancellationToken)) throw;
            logger.LogDebug("Notification {Key} for {User} was stored by a concurrent sender.", record.DeduplicationKey, record.UserName);
            return false;
        }
    }

    private Task<bool> ExistsAsync(UserNotificationRecord record, CancellationToken cancellationToken) =>
        records.AnyAsync(records.Query<UserNotificationRecord>()
            .Where(r => r.UserName == record.UserName && r.DeduplicationKey == record.DeduplicationKey), cancellationToken);

    private async Task<bool> ExistsAfterFailureAsync(UserNotificationRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await ExistsAsync(record, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An aborted transaction (PostgreSQL) refuses even the check: the original error is the one to report.
            return false;
        }
    }

    private UserNotificationRecord ToRecord(UserNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        if (string.IsNullOrWhiteSpace(notification.UserName))
            throw new ArgumentException("A notification needs the UserName of its recipient.", nameof(UserNotification.UserName));
        if (string.IsNullOrWhiteSpace(notification.Title))
            throw new ArgumentException("A notification needs a Title.", nameof(UserNotification.Title));
        if (notification.UserName.Length > UserNotificationRecord.UserNameLength)
            throw new ArgumentException($"UserName is longer than {UserNotificationRecord.UserNameLength} characters.", nameof(UserNotification.UserName));
        if (notification.DeduplicationKey is { Length: > UserNotificationRecord.DeduplicationKeyLength })
            throw new ArgumentException($"DeduplicationKey is longer than {UserNotificationRecord.DeduplicationKeyLength} characters.", nameof(UserNotification.DeduplicationKey));
        if (notification.Url is { } url && !LocalUrl.IsLocal(url))
            throw new ArgumentException($"Url must be a local path such as /admin/tasks/mine, not '{url}'.", nameof(UserNotification.Url));
        if (notification.Url is { Length: > UserNotificationRecord.UrlLength })
            throw new ArgumentException($"Url is longer than {UserNotificationRecord.UrlLength} characters.", nameof(UserNotification.Url));

        return new UserNotificationRecord
        {
            UserName = notification.UserName,
            // Display text is shortened rather than refused: a long task title must not stop its reminder.
            Title = Shorten(notification.Title.Trim(), UserNotificationRecord.TitleLength)!,
            Body = Shorten(notification.Body, UserNotificationRecord.BodyLength),
            Url = notification.Url,
            Source = Shorten(notification.Source, UserNotificationRecord.SourceLength),
            DeduplicationKey = string.IsNullOrEmpty(notification.DeduplicationKey) ? null : notification.DeduplicationKey,
            CreatedUtc = clock.UtcNow,
        };
    }

    private static string? Shorten(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
