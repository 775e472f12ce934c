using OrchardCrm.DisplayManagement;
using OrchardCrm.Security;

namespace OrchardCrm.Admin.Dashboard;

/// <summary>The site at a glance: its name, how many features are on, and how many items of each type it holds.</summary>
public sealed class SiteWidget : IDashboardWidget
{
    public string Title => "Site";
    public int Position => 0;
    public Permission? Permission => null;
    public string ViewComponentName => "SiteSummary";
}
