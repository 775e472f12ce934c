using OrchardCrm.BackgroundTasks;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// Every node, every second: builds what is missing, applies the tasks saved on other nodes (or while
/// this one was down), commits and moves this node's cursor.
/// </summary>
public sealed class SearchIndexingBackgroundTask(SearchIndexer indexer) : IBackgroundTask
{
    public string Name => "search-indexing";
    public TimeSpan Interval => TimeSpan.FromSeconds(1);
    public BackgroundTaskScope Scope => BackgroundTaskScope.EveryNode;

    public Task RunAsync(CancellationToken cancellationToken) => indexer.SweepAsync(cancellationToken);
}
