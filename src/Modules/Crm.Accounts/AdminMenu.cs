using OrchardCrm.Accounts.Models;
using OrchardCrm.Navigation;
using OrchardCrm.Security;

namespace OrchardCrm.Accounts;

/// <summary>
/// The "Sales" group: my tasks, the accounts directory (leading to the 360 pages), and the generic
/// content lists of the other types. Each entry is guarded by
/// the type's "view own" permission, which every broader view permission implies (the permission service
/// resolves it by name, so an object with the Contents feature's name is enough).
/// </summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Sales", position: 20, children: sales =>
        {
            sales.Add("My tasks", "/admin/tasks/mine", ViewOwn(AccountTypes.Task), position: 0);
            sales.Add("Accounts", "/admin/accounts", ViewOwn(AccountTypes.Account), position: 1);
            sales.Add("Contacts", "/admin/contents/" + AccountTypes.Contact, ViewOwn(AccountTypes.Contact), position: 2);
            sales.Add("Activities", "/admin/contents/" + AccountTypes.Activity, ViewOwn(AccountTypes.Activity), position: 3);
            sales.Add("Tasks", "/admin/contents/" + AccountTypes.Task, ViewOwn(AccountTypes.Task), position: 4);
        });

    private static Permission ViewOwn(string contentType) =>
        new(ContentTypePermissionNames.For("ViewOwnContent", contentType), $"View own {contentType} items");
}
