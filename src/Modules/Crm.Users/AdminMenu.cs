using OrchardCrm.Navigation;

namespace OrchardCrm.Users;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Security", position: 80, children: security => security
            .Add("Users", "/admin/users", UserPermissions.ViewUsers, position: 10)
            .Add("Roles", "/admin/roles", UserPermissions.ManageRoles, position: 20));
}
