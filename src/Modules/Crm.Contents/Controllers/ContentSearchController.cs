using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.Security;
using OrchardCrm.Contents.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Contents.Controllers;

/// <summary>
/// The top bar's search: titles containing the words, grouped by type, trimmed to the types (and, for
/// "own" permissions, the items) the user may view. A full-text module can take this address over.
/// </summary>
[Route("admin/search")]
public sealed class ContentSearchController(IContentDefinitionManager definitions, IContentQueryFactory queries, ContentAuthorizer authorizer) : Controller
{
    private const int HitsPerType = 5;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Search";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Search") };
        var text = q?.Trim() ?? "";
        var groups = new List<SearchGroup>();
        if (text.Length > 0)
        {
            foreach (var type in (await definitions.ListTypeDefinitionsAsync()).Where(t => t.TypeSettings.Listable))
            {
                if (!await authorizer.CanAsync(User, "ViewContent", type.Name)) continue;
                var query = queries.Query(type.Name).Latest().DisplayTextContains(text).OrderBy(ContentOrder.ModifiedUtc, descending: true);
                if (await authorizer.IsLimitedToOwnAsync(User, "ViewContent", type.Name)) query.OwnedBy(User.Identity!.Name!);
                var page = await query.ListAsync(1, HitsPerType, cancellationToken);
                if (page.TotalCount > 0) groups.Add(new SearchGroup(type.Name, type.DisplayName, page.Items, page.TotalCount));
            }
        }
        return View(new SearchViewModel(text, groups.OrderByDescending(g => g.TotalCount).ToList()));
    }
}
