using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Search.Lucene.Api;
using OrchardCrm.Search.Lucene.ViewModels;
using OrchardCrm.Security;

namespace OrchardCrm.Search.Lucene.Controllers;

/// <summary>The results page (highlights, type facets, paging, sort) and the top bar's typeahead.</summary>
[Route("admin/search")]
[ServedWhenEnabled]
[Authorize(Policy = SearchPermissions.SearchPolicy)]
public sealed partial class SearchController(ISearchService search) : Controller
{
    private const int PageSize = 20;
    private const int TypeaheadHits = 12;
    private const int TypeaheadPerType = 4;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? type, int page = 1, string? sort = null, CancellationToken cancellationToken = default)
    {
        ViewData["Title"] = "Search";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Search") };
        var text = q?.Trim() ?? "";
        string? error = null;
        if (!SearchApi.TryParseSort(sort, out var order)) error = $"'{sort}' is not a sort order; use relevance or date.";
        var result = SearchResult.Empty(PageSize);
        if (error is null && text.Length > 0)
        {
            try
            {
                result = await search.SearchAsync(new SearchRequest(text, type, page, PageSize, order), User, cancellationToken);
            }
            catch (SearchQueryException ex)
            {
                error = ex.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        return View(new SearchPageViewModel(text, type is { Length: > 0 } ? type : null, order, result, error));
    }

    /// <summary>While typing, the last word is usually unfinished: plain words get a prefix match on it ("zeph" finds Zephyr).</summary>
    public static string AsYouType(string text) =>
        PlainWords().IsMatch(text) && !text.EndsWith(' ') && !text.EndsWith('-') ? text + "*" : text;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}\s'-]*$")]
    private static partial System.Text.RegularExpressions.Regex PlainWords();

    [HttpGet("typeahead")]
    public async Task<IActionResult> Typeahead(string? q, CancellationToken cancellationToken)
    {
        var text = q?.Trim() ?? "";
        if (text.Length == 0) return Content("", "text/html");
        try
        {
            var result = await search.SearchAsync(new SearchRequest(AsYouType(text), PageSize: TypeaheadHits, Highlights: false), User, cancellationToken);
            // Best group first; equally good groups (prefix matches all score alike) in alphabetical order.
            var groups = result.Hits.GroupBy(h => h.ContentTypeDisplayName)
                .OrderByDescending(g => g.Max(h => h.Score)).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
                .Select(g => new TypeaheadGroup(g.Key, g.Take(TypeaheadPerType).ToList())).ToList();
            return PartialView("_Typeahead", new TypeaheadViewModel(text, groups, null));
        }
        catch (SearchQueryException ex)
        {
            return PartialView("_Typeahead", new TypeaheadViewModel(text, [], ex.Message));
        }
    }
}
