using OrchardCrm.Navigation;

namespace OrchardCrm.Notifications;

/// <summary>A top-level "Notifications" entry (no permission: every signed-in user has their own).</summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Notifications", "/admin/notifications", permission: null, position: 5);
}
