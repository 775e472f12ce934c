namespace OrchardCrm.ContentManagement.Indexes;

/// <summary>
/// The content-item index: one row per stored version that is latest or published, holding what lists
/// filter and sort on. Modules' query filters receive it as an <c>IQueryable</c>.
/// </summary>
public sealed class ContentItemIndex
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
}
