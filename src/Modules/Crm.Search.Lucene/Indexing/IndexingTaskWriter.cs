using OrchardCrm.Common;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Data;
using OrchardCrm.Search.Lucene.Models;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// Queues "this item changed" inside the content write's transaction, so a save and its indexing task
/// commit or roll back together. The item's older tasks go: only its current state will be indexed.
/// </summary>
public sealed class IndexingTaskWriter(IRecordStore store, IClock clock) : IContentWriteHandler
{
    public async Task WrittenAsync(ContentWrittenContext context, CancellationToken cancellationToken)
    {
        var id = context.Item.ContentItemId;
        await store.DeleteWhereAsync<SearchIndexingTask>(t => t.ContentItemId == id, cancellationToken);
        await store.AddAsync(new SearchIndexingTask
        {
            ContentItemId = id,
            ContentType = context.Item.ContentType,
            Operation = context.Operation,
            CreatedUtc = clock.UtcNow,
        }, cancellationToken);
    }
}
