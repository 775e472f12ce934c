namespace OrchardCrm.Data.Entities;

/// <summary>A row of the content-items table: one version of an item, its JSON in <see cref="Content"/>.</summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }

    /// <summary>Soft removal: the item's versions are kept for history but no longer latest or published.</summary>
    public bool Removed { get; set; }

    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    public string Content { get; set; } = "{}";

    /// <summary>Optimistic concurrency token, incremented on each write of the row.</summary>
    public long RowVersion { get; set; }
}
