using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Data;

/// <summary>
/// Rewrites every row of one map index from the stored versions (latest and published), without
/// touching the items: no new version, no audit entry. For a migration step that adds a map index to a
/// site that already has content, or changes what an index maps.
/// </summary>
public interface IMapIndexRebuilder
{
    /// <summary>Returns how many versions were mapped. Joins the open transaction, if any.</summary>
    Task<int> RebuildAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : MapIndex;
}
