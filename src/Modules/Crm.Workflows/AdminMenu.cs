using OrchardCrm.Navigation;

namespace OrchardCrm.Workflows;

/// <summary>Workflows sit with the other configuration of the CRM.</summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Configuration", position: 90, children: configuration =>
            configuration.Add("Workflows", "/admin/workflows", Permissions.ViewWorkflows, position: 30));
}
