using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.Security;
using OrchardCrm.Contents.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Contents.Controllers;

/// <summary>
/// The title search: titles containing the words, grouped by type, trimmed to the types (and, for "own"
/// permissions, the items) the user may view. Its own address is /admin/content/search. It also answers
/// the top bar's /admin/search (and its typeahead) at a lower route priority, so that a full-text search
/// module, when enabled, takes those addresses over, and they keep working when none is.
/// </summary>
[Route("admin/content/search")]
public sealed class ContentSearchController(IContentDefinitionManager definitions, IContentQueryFactory queries, ContentAuthorizer authorizer) : Controller
{
    private const int HitsPerType = 5;

    private const int TypeaheadHitsPerType = 3;

    [HttpGet("")]
    [HttpGet("/admin/search", Order = 1)]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Search";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Search") };
        var text = q?.Trim() ?? "";
        return View(new SearchViewModel(text, await SearchAsync(text, HitsPerType, cancellationToken)));
    }

    /// <summary>The top bar's dropdown: a few titles per type.</summary>
    [HttpGet("typeahead")]
    [HttpGet("/admin/search/typeahead", Order = 1)]
    public async Task<IActionResult> Typeahead(string? q, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        if (text.Length == 0) return Content("", "text/html");
        return PartialView("_Typeahead", new SearchViewModel(text, await SearchAsync(text, TypeaheadHitsPerType, cancellationToken)));
    }

    private async Task<List<SearchGroup>> SearchAsync(string text, int hitsPerType, CancellationToken cancellationToken)
    {
        var groups = new List<SearchGroup>();
        if (text.Length > 0)
        {
            foreach (var type in (await definitions.ListTypeDefinitionsAsync()).Where(t => t.TypeSettings.Listable))
            {
                if (!await authorizer.CanAsync(User, "ViewContent", type.Name)) continue;
                var query = queries.Query(type.Name).Latest().DisplayTextContains(text).OrderBy(ContentOrder.ModifiedUtc, descending: true);
                if (await authorizer.IsLimitedToOwnAsync(User, "ViewContent", type.Name)) query.OwnedBy(User.Identity!.Name!);
                var page = await query.ListAsync(1, hitsPerType, cancellationToken);
                if (page.TotalCount > 0) groups.Add(new SearchGroup(type.Name, type.DisplayName, page.Items, page.TotalCount));
            }
        }
        return groups.OrderByDescending(g => g.TotalCount).ToList();
    }
}
