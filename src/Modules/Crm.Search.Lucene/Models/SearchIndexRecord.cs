using OrchardCrm.Data;

namespace OrchardCrm.Search.Lucene.Models;

/// <summary>
/// An index definition, shared by every node (each node keeps its own Lucene copy under its data
/// directory). <see cref="Generation"/> moves on each edit and rebuild request: a node whose copy was
/// built for another generation rebuilds it; <see cref="ResetGeneration"/> likewise replays the queue.
/// </summary>
[RecordIndex(nameof(Name), Unique = true)]
public sealed class SearchIndexRecord : ModuleRecord
{
    public string Name { get; set; } = "";

    /// <summary>Comma-separated type names; types that do not exist yet are indexed once they do.</summary>
    public string ContentTypes { get; set; } = "";

    /// <summary>One of <see cref="SearchAnalyzers.Names"/>.</summary>
    public string Analyzer { get; set; } = SearchAnalyzers.Standard;

    /// <summary>Comma-separated "Part.Field" or "Field" names; empty indexes every field.</summary>
    public string Fields { get; set; } = "";

    /// <summary>Index the latest version (drafts included) rather than the published one.</summary>
    public bool IndexLatest { get; set; }

    public long Generation { get; set; } = 1;
    public long ResetGeneration { get; set; }
    public DateTime ModifiedUtc { get; set; }
}
