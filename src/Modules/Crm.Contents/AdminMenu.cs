using OrchardCrm.Contents.Security;
using OrchardCrm.Navigation;

namespace OrchardCrm.Contents;

/// <summary>
/// The "Content" group. The menu is built synchronously, so it cannot list the types from the
/// database; the index page lists them (with counts) and is the way into each list.
/// </summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Content", position: 10, children: content => content.Add("All content types", "/admin/contents", ContentPermissions.ViewOwnContent));
}
