namespace OrchardCrm.Notifications;

/// <summary>
/// Sends in-app notifications to a user (the bell in the top bar). Implemented by the Notifications
/// module; callers resolve <c>IEnabled&lt;IUserNotifier&gt;</c> and call each, so nothing is sent, and
/// nothing fails, while that module is off.
/// </summary>
public interface IUserNotifier
{
    /// <summary>Stores the notification unless one with the same user and <see cref="UserNotification.DeduplicationKey"/> exists; returns whether it was stored.</summary>
    Task<bool> NotifyAsync(UserNotification notification, CancellationToken cancellationToken = default);
}

/// <param name="UserName">Recipient.</param>
/// <param name="Title">One line, shown in the bell's list.</param>
public sealed record UserNotification(string UserName, string Title)
{
    public string? Body { get; init; }

    /// <summary>Where clicking the notification leads (a local path such as /admin/accounts/{id}).</summary>
    public string? Url { get; init; }

    /// <summary>What raised it, for filtering and display ("Reminder", "Workflow", "Deals").</summary>
    public string? Source { get; init; }

    /// <summary>At most one notification per user and key: lets a recurring job send "once" without keeping its own state.</summary>
    public string? DeduplicationKey { get; init; }
}
