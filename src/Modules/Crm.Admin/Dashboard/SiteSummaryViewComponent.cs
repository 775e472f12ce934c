using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Modules;
using OrchardCrm.Settings;

namespace OrchardCrm.Admin.Dashboard;

public sealed class SiteSummaryViewComponent(
    ISiteService site,
    IShellFeatures features,
    IContentDefinitionManager definitions,
    IContentQueryFactory queries) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var settings = await site.GetSiteSettingsAsync(HttpContext.RequestAborted);
        var counts = new List<TypeCount>();
        foreach (var type in (await definitions.ListTypeDefinitionsAsync()).OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase))
        {
            // Latest versions, so drafts count: they are items people work on.
            var count = await queries.Query(type.Name).Latest().CountAsync(HttpContext.RequestAborted);
            counts.Add(new TypeCount(type.DisplayName, count));
        }
        return View(new SiteSummary(settings.SiteName, features.EnabledFeatureIds.Count, counts));
    }
}

public sealed record SiteSummary(string SiteName, int EnabledFeatures, IReadOnlyList<TypeCount> Types);

public sealed record TypeCount(string DisplayName, int Count);
