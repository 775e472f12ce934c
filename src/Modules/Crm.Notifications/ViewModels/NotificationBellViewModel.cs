namespace OrchardCrm.Notifications.ViewModels;

public sealed record NotificationBellViewModel(int UnreadCount)
{
    /// <summary>What a screen reader announces for the button: the count is part of its name.</summary>
    public string AccessibleName => UnreadCount switch
    {
        0 => "Notifications, none unread",
        _ => $"Notifications, {UnreadCount} unread",
    };

    /// <summary>The badge stays small: past 99 the exact number is in the accessible name.</summary>
    public string BadgeText => UnreadCount > 99 ? "99+" : UnreadCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
