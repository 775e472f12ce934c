using OrchardCrm.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.Search.Lucene.Services;
using OrchardCrm.Security;

namespace OrchardCrm.Search.Lucene.Api;

/// <summary>GET /api/search?q=&amp;type=&amp;page=&amp;pageSize=&amp;sort=relevance|date: the results page's hits as JSON, trimmed the same way; bad syntax is a 400 problem.</summary>
public static class SearchApi
{
    public static void MapSearchApi(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/search", SearchAsync).RequirePermission(SearchPermissions.Search);

    private static async Task<IResult> SearchAsync(string? q, string? type, int? page, int? pageSize, string? sort, string? index,
        ClaimsPrincipal user, ISearchService search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q))
            return ApiProblems.Field("q", "Give the words to search for.");
        if (!TryParseSort(sort, out var order))
            return ApiProblems.Field("sort", $"'{sort}' is not a sort order; use relevance or date.");
        try
        {
            var result = await search.SearchAsync(new SearchRequest(q, type, page ?? 1, pageSize ?? 20, order, index), user, cancellationToken);
            return Results.Ok(new
            {
                query = q,
                result.Total,
                result.Page,
                result.PageSize,
                result.PageCount,
                result.Truncated,
                facets = result.Facets,
                hits = result.Hits.Select(h => new { h.ContentItemId, h.ContentType, h.ContentTypeDisplayName, h.Title, h.Highlight, h.Score, h.ModifiedUtc, url = HitLinks.For(h.ContentType, h.ContentItemId) }),
            });
        }
        catch (SearchQueryException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The search could not be understood.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["q"] = [ex.Message] } });
        }
    }

    public static bool TryParseSort(string? sort, out SearchSort order)
    {
        order = SearchSort.Relevance;
        if (string.IsNullOrWhiteSpace(sort) || sort.Equals("relevance", StringComparison.OrdinalIgnoreCase)) return true;
        if (!sort.Equals("date", StringComparison.OrdinalIgnoreCase)) return false;
        order = SearchSort.Date;
        return true;
    }
}
