using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Search.Lucene.ViewModels;

public sealed record SearchIndexRow(string Name, IReadOnlyList<string> ContentTypes, string Analyzer, bool IndexLatest, int FieldCount, int? Documents);

public sealed record SearchIndexListViewModel(IReadOnlyList<SearchIndexRow> Indexes);

/// <summary>The create/edit form. Lists are typed one per line or comma-separated.</summary>
public sealed class SearchIndexEditViewModel
{
    public bool IsNew { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Content types")]
    public List<string> ContentTypes { get; set; } = [];

    [Display(Name = "Other content types (one per line, indexed once they exist)")]
    public string? OtherContentTypes { get; set; }

    [Display(Name = "Analyzer")]
    public string Analyzer { get; set; } = Models.SearchAnalyzers.Standard;

    [Display(Name = "Fields (Field or Part.Field, one per line; empty for every field)")]
    public string? Fields { get; set; }

    [Display(Name = "Index the latest version (drafts included) rather than the published one")]
    public bool IndexLatest { get; set; }

    public IReadOnlyList<(string Name, string DisplayName)> AvailableTypes { get; set; } = [];
}
