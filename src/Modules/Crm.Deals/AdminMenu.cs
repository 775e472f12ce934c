using OrchardCrm.Navigation;

namespace OrchardCrm.Deals;

/// <summary>The deal pages in the "Sales" group (after the Accounts module's entries).</summary>
public sealed class AdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Sales", position: 20, children: sales =>
        {
            sales.Add("Board", "/admin/deals", Permissions.ViewOwnDeals, position: 10);
            sales.Add("Deals list", "/admin/deals/list", Permissions.ViewOwnDeals, position: 11);
            sales.Add("Forecast", "/admin/deals/forecast", Permissions.ViewForecast, position: 12);
            sales.Add("Win/loss", "/admin/deals/win-loss", Permissions.ViewForecast, position: 13);
            sales.Add("Pipelines", "/admin/pipelines", Permissions.ManagePipelines, position: 14);
        });
}
