using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Contents.ViewModels;

/// <summary>What the list page was asked for, from its query string (also the state its links keep).</summary>
public sealed class ContentListFilter
{
    /// <summary>Words the title contains.</summary>
    public string? Q { get; set; }

    /// <summary>The filtered field, "Part.Field".</summary>
    public string? Field { get; set; }

    /// <summary>eq, ne, gt, ge, lt, le, contains, startswith, empty, notempty.</summary>
    public string? Op { get; set; }

    public string? Value { get; set; }

    /// <summary>title, created, modified, published, or "Part.Field".</summary>
    public string? Sort { get; set; }

    public bool Desc { get; set; }

    public int Page { get; set; } = 1;

    public bool HasFieldFilter => !string.IsNullOrEmpty(Field) && !string.IsNullOrEmpty(Op);

    /// <summary>The query string of this filter with some values changed (paging and sorting links).</summary>
    public string Url(string type, string? sort = null, bool? desc = null, int? page = null)
    {
        var values = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) values.Add(new(key, value)); }
        Add("q", Q);
        Add("field", Field);
        Add("op", Op);
        Add("value", Value);
        Add("sort", sort ?? Sort);
        if (desc ?? Desc) Add("desc", "true");
        if ((page ?? Page) > 1) Add("page", (page ?? Page).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Microsoft.AspNetCore.Http.QueryString.Create(values).ToUriComponent() is { Length: > 0 } qs
            ? $"/admin/contents/{Uri.EscapeDataString(type)}{qs}"
            : $"/admin/contents/{Uri.EscapeDataString(type)}";
    }

    public static readonly IReadOnlyList<(string Value, string Label)> Operators =
    [
        ("contains", "contains"), ("eq", "is"), ("ne", "is not"), ("startswith", "starts with"),
        ("gt", "greater than"), ("ge", "at least"), ("lt", "less than"), ("le", "at most"),
        ("notempty", "has a value"), ("empty", "is empty"),
    ];
}

public sealed class ContentListViewModel
{
    public required ContentTypeDefinition Type { get; init; }
    public required ContentListFilter Filter { get; init; }

    /// <summary>The type's fields a list can filter and sort on (every field is indexed by its kind).</summary>
    public required IReadOnlyList<TypeField> Fields { get; init; }

    /// <summary>The fields shown as columns (a few short ones).</summary>
    public required IReadOnlyList<TypeField> Columns { get; init; }

    public required IReadOnlyList<ContentListRow> Rows { get; init; }
    public required int TotalCount { get; init; }
    public required int PageCount { get; init; }

    /// <summary>Why the filter could not run (an operator the field's kind does not support...).</summary>
    public string? FilterError { get; init; }

    public required bool CanCreate { get; init; }
    public required bool CanPublish { get; init; }
    public required bool CanDelete { get; init; }
    public required bool OnlyOwn { get; init; }

    public string TypeName => Type.DisplayName is { Length: > 0 } d ? d : Type.Name;
    public string CurrentUrl => Filter.Url(Type.Name);
}

/// <param name="HasPublishedVersion">True when the item is live, even if its latest version is a draft.</param>
public sealed record ContentListRow(ContentItem Item, bool HasPublishedVersion, IReadOnlyList<string> Columns);

public sealed record ContentTypeSummary(ContentTypeDefinition Type, int Count, bool CanCreate)
{
    public string DisplayName => Type.DisplayName is { Length: > 0 } d ? d : Type.Name;
}
