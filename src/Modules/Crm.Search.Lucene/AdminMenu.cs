using OrchardCrm.Navigation;

namespace OrchardCrm.Search.Lucene;

public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Configuration", position: 90, children: configuration =>
            configuration.Add("Search indexes", "/admin/search/indexes", SearchPermissions.ManageSearchIndexes, position: 40));
}
