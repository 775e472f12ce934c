using OrchardCrm.Data;

namespace OrchardCrm.Search.Lucene.Models;

/// <summary>
/// "This item changed": written in the transaction of the content write, so it exists exactly when the
/// change does. Each node reads the tasks past its own cursor (the <see cref="ModuleRecord.Id"/> order).
/// Only the newest task of an item is kept: the item's current state is what gets indexed.
/// </summary>
[RecordIndex(nameof(ContentItemId))]
public sealed class SearchIndexingTask : ModuleRecord
{
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";

    /// <summary>One of ContentOperations (Created, Updated, Published, Unpublished, DraftDiscarded, Removed).</summary>
    public string Operation { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
