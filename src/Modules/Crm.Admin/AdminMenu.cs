using OrchardCrm.Navigation;
using OrchardCrm.Security;

namespace OrchardCrm.Admin;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder)
    {
        builder.Add("Dashboard", "/admin", StandardPermissions.AccessAdmin, position: 0);
        builder.Add("Configuration", position: 90, children: configuration => configuration
            .Add("Features", "/admin/features", StandardPermissions.ManageFeatures, position: 1)
            .Add("Recipes", "/admin/recipes", StandardPermissions.ManageRecipes, position: 2)
            .Add("Background tasks", "/admin/background-tasks", StandardPermissions.ManageFeatures, position: 3));
    }
}
