using Microsoft.Extensions.Logging;
using OrchardCrm.ContentManagement.Handlers;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// After a save commits, this node applies the new tasks at once, so whoever saved finds the change in
/// the next search. A failure here never fails the save: the background sweep catches up.
/// </summary>
public sealed class IndexNudgeHandler(SearchIndexer indexer, ILogger<IndexNudgeHandler> logger) : ContentHandlerBase
{
    public override Task CreatedAsync(ContentContext context) => NudgeAsync();
    public override Task UpdatedAsync(ContentContext context) => NudgeAsync();
    public override Task PublishedAsync(ContentContext context) => NudgeAsync();
    public override Task UnpublishedAsync(ContentContext context) => NudgeAsync();
    public override Task RemovedAsync(ContentContext context) => NudgeAsync();

    private async Task NudgeAsync()
    {
        try
        {
            await indexer.CatchUpAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Search indexing after a save failed; the background sweep will catch up.");
        }
    }
}
