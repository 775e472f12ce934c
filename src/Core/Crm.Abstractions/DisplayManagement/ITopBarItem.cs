using OrchardCrm.Security;

namespace OrchardCrm.DisplayManagement;

/// <summary>
/// Something a module puts in the admin top bar, left of the user menu (the notification bell, say).
/// Register with <c>services.AddTopBarItem&lt;T&gt;()</c>; the item is the named view component.
/// </summary>
public interface ITopBarItem
{
    /// <summary>Lower comes first.</summary>
    int Position { get; }

    /// <summary>Who sees it; null for every signed-in user.</summary>
    Permission? Permission { get; }

    string ViewComponentName { get; }
}
