using OrchardCrm.DisplayManagement;
using OrchardCrm.Security;

namespace OrchardCrm.Notifications.Services;

/// <summary>The bell in the top bar, for every signed-in user (the view component is NotificationBellViewComponent).</summary>
public sealed class NotificationBell : ITopBarItem
{
    public int Position => 10;

    public Permission? Permission => null;

    public string ViewComponentName => "NotificationBell";
}
