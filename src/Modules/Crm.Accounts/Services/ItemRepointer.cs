using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.Services;

/// <summary>Finds the items that refer to a merged item (through an indexed picker) and makes them refer to the survivor.</summary>
public sealed class ItemRepointer(IContentManager content, IContentQueryFactory queries)
{
    /// <param name="change">Changes one item; returns false when it had nothing to change (a re-run finds nothing to do).</param>
    /// <returns>How many items were changed.</returns>
    public Task<int> RepointAsync(string contentType, FieldFilter referencesMerged, Func<ContentItem, bool> change, CancellationToken cancellationToken) =>
        RepointAsync(contentType, q => q.Where(referencesMerged), change, cancellationToken);

    public async Task<int> RepointAsync(string contentType, Func<IContentQuery, IContentQuery> referencesMerged, Func<ContentItem, bool> change, CancellationToken cancellationToken)
    {
        // Latest versions: drafts too, so no pending edit keeps pointing at the removed item.
        var ids = await referencesMerged(queries.Query(contentType).Latest()).ListIdsAsync(cancellationToken);
        var changed = 0;
        foreach (var item in await content.LatestAsync(ids, cancellationToken))
        {
            if (!change(item)) continue;
            await content.SaveAsync(item, cancellationToken);
            changed++;
        }
        return changed;
    }
}
