namespace OrchardCrm.DisplayManagement;

public enum NotificationKind { Success, Information, Warning, Error }

public sealed record Notification(NotificationKind Kind, string Message);

/// <summary>
/// Messages for the user, shown by the admin theme on the next page rendered (they survive the
/// redirect after a POST). Pages call it after an action: "Account saved.", "3 items published.".
/// </summary>
public interface INotifier
{
    void Add(NotificationKind kind, string message);

    /// <summary>The pending notifications, removed as they are read.</summary>
    IReadOnlyList<Notification> Take();
}

public static class NotifierExtensions
{
    public static void Success(this INotifier notifier, string message) => notifier.Add(NotificationKind.Success, message);
    public static void Information(this INotifier notifier, string message) => notifier.Add(NotificationKind.Information, message);
    public static void Warning(this INotifier notifier, string message) => notifier.Add(NotificationKind.Warning, message);
    public static void Error(this INotifier notifier, string message) => notifier.Add(NotificationKind.Error, message);
}
