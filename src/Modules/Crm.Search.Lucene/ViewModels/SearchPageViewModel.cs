namespace OrchardCrm.Search.Lucene.ViewModels;

public sealed record SearchPageViewModel(string Query, string? ContentType, SearchSort Sort, SearchResult Result, string? Error)
{
    /// <summary>The results page's address with some parameters changed (facets, paging, sort keep the rest).</summary>
    public string Url(string? type = null, int? page = null, SearchSort? sort = null, bool clearType = false)
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Query) };
        var t = clearType ? null : type ?? ContentType;
        if (t is { Length: > 0 }) parts.Add("type=" + Uri.EscapeDataString(t));
        if ((sort ?? Sort) == SearchSort.Date) parts.Add("sort=date");
        if (page is > 1) parts.Add("page=" + page);
        return "/admin/search?" + string.Join("&", parts);
    }
}

/// <summary>The top bar's dropdown: a few hits per type.</summary>
public sealed record TypeaheadViewModel(string Query, IReadOnlyList<TypeaheadGroup> Groups, string? Error);

public sealed record TypeaheadGroup(string DisplayName, IReadOnlyList<SearchHit> Hits);
