using OrchardCrm.Navigation;

namespace OrchardCrm.ContentTypes;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Design", position: 50, children: design =>
            design.Add("Content types", "/admin/content-types", ContentTypesPermissions.EditContentTypes));
}
