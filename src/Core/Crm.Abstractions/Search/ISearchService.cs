using System.Security.Claims;

namespace OrchardCrm.Search;

/// <summary>
/// Full-text search over content items, trimmed to what the user may view. The Lucene module implements
/// it; an Elasticsearch or PostgreSQL full-text module can replace it without touching its callers
/// (pages, the API, other modules), which resolve it through <c>IEnabled&lt;ISearchService&gt;</c>.
/// </summary>
public interface ISearchService
{
    /// <exception cref="SearchQueryException">The query text cannot be understood (its message says why, for people).</exception>
    Task<SearchResult> SearchAsync(SearchRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

public enum SearchSort { Relevance, Date }

/// <param name="Query">Words, "phrases", prefix*, field:value, AND/OR/NOT, term~ (fuzzy).</param>
/// <param name="ContentType">Only hits of this type (the facets still count every type).</param>
/// <param name="Page">1-based.</param>
/// <param name="Index">The index to search; null for the default one.</param>
/// <param name="Highlights">Whether to quote the matched passage of each hit (a typeahead does without).</param>
public sealed record SearchRequest(string Query, string? ContentType = null, int Page = 1, int PageSize = 20, SearchSort Sort = SearchSort.Relevance, string? Index = null, bool Highlights = true);

/// <param name="Highlight">An HTML fragment of the matched text: HTML-encoded, the matches wrapped in &lt;mark&gt;. Empty when nothing matched in the body.</param>
public sealed record SearchHit(string ContentItemId, string ContentType, string ContentTypeDisplayName, string Title, string Highlight, float Score, DateTime? ModifiedUtc);

public sealed record SearchFacet(string ContentType, string DisplayName, int Count);

/// <param name="Total">Visible hits for the request (of <see cref="SearchRequest.ContentType"/> when given).</param>
/// <param name="Facets">Visible hits per type, largest first, ignoring the type filter.</param>
/// <param name="Truncated">True when more documents matched than were examined: narrow the search to see the rest.</param>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<SearchFacet> Facets, int Page, int PageSize, bool Truncated = false)
{
    public int PageCount => PageSize <= 0 ? 0 : (Total + PageSize - 1) / PageSize;

    public static SearchResult Empty(int pageSize = 20) => new([], 0, [], 1, pageSize);
}

/// <summary>The query text has a syntax error; the message explains it in words people understand.</summary>
public sealed class SearchQueryException(string message, Exception? inner = null) : Exception(message, inner);
