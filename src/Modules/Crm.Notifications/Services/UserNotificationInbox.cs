using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Notifications.Models;

namespace OrchardCrm.Notifications.Services;

public sealed record NotificationPage(IReadOnlyList<UserNotificationRecord> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

/// <summary>
/// One user's notifications: every read and change takes the user name, so no caller can reach another
/// user's rows (someone else's id behaves exactly like an id that does not exist).
/// </summary>
public sealed class UserNotificationInbox(IRecordStore records, IClock clock)
{
    public const int MaxPageSize = 100;

    public Task<int> CountUnreadAsync(string userName, CancellationToken cancellationToken = default) =>
        records.CountAsync(Mine(userName).Where(r => r.ReadUtc == null), cancellationToken);

    /// <summary>Newest first.</summary>
    public async Task<NotificationPage> ListAsync(string userName, bool unreadOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var query = Mine(userName);
        if (unreadOnly) query = query.Where(r => r.ReadUtc == null);
        var total = await records.CountAsync(query, cancellationToken);
        var items = await records.ListAsync(query.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Skip((page - 1) * pageSize).Take(pageSize), cancellationToken);
        return new NotificationPage(items, total, page, pageSize);
    }

    public Task<UserNotificationRecord?> FindAsync(string userName, long id, CancellationToken cancellationToken = default) =>
        records.FirstOrDefaultAsync(Mine(userName).Where(r => r.Id == id), cancellationToken);

    /// <summary>Marks the notification read (keeping the first read time); null when the user has no such notification.</summary>
    public async Task<UserNotificationRecord?> MarkReadAsync(string userName, long id, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        await records.UpdateWhereAsync<UserNotificationRecord, DateTime?>(
            r => r.Id == id && r.UserName == userName && r.ReadUtc == null, r => r.ReadUtc, now, cancellationToken);
        return await FindAsync(userName, id, cancellationToken);
    }

    /// <summary>Returns how many were unread.</summary>
    public Task<int> MarkAllReadAsync(string userName, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        return records.UpdateWhereAsync<UserNotificationRecord, DateTime?>(
            r => r.UserName == userName && r.ReadUtc == null, r => r.ReadUtc, now, cancellationToken);
    }

    private IQueryable<UserNotificationRecord> Mine(string userName) =>
        records.Query<UserNotificationRecord>().Where(r => r.UserName == userName);
}
