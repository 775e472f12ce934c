using OrchardCrm.Security;

namespace OrchardCrm.DisplayManagement;

/// <summary>
/// A card on the admin dashboard, contributed by a module (register with
/// <c>services.AddDashboardWidget&lt;T&gt;()</c>). The card's body is the named view component, so a
/// widget renders whatever it likes; a disabled feature's widgets are absent.
/// </summary>
public interface IDashboardWidget
{
    string Title { get; }

    /// <summary>Lower comes first.</summary>
    int Position { get; }

    /// <summary>Who may see it; null for every signed-in user.</summary>
    Permission? Permission { get; }

    /// <summary>The view component that renders the card's body.</summary>
    string ViewComponentName { get; }
}
