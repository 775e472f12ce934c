using System.Collections.Concurrent;
using Lucene.Net.Index;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Search.Lucene.Models;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// Keeps this node's Lucene indexes in step with the database (one per node, a singleton): opens each
/// defined index, rebuilds a missing, corrupt or out-of-date copy from the content store, and applies the
/// indexing tasks past the node's cursor. Saves nudge it (<see cref="CatchUpAsync"/>, seconds matter);
/// the background task sweeps (<see cref="SweepAsync"/>), committing and moving the durable cursor.
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SearchIndexer> logger) : IDisposable
{
    private const int BatchSize = 500;

    /// <summary>
    /// How long a task id stays below the durable cursor's reach: a transaction that took an id early and
    /// committed later than this is only picked up by a rebuild.
    /// </summary>
    public static readonly TimeSpan LateCommitWindow = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _openLock = new(1, 1);
    private bool _disposed;

    /// <summary>{data directory}/search: one folder per index and its cursor file beside it.</summary>
    public string Root => Path.Combine(Path.GetFullPath(configuration["Crm:DataDirectory"] is { Length: > 0 } d ? d : "App_Data"), "search");

    /// <summary>Applies the new tasks to the indexes that are ready, at once; called after each save on this node.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken = default) => SyncAsync(sweep: false, onlyReady: true, cancellationToken);

    /// <summary>Opens and rebuilds what needs it, applies every task not applied yet, commits and moves the cursor.</summary>
    public Task SweepAsync(CancellationToken cancellationToken = default) => SyncAsync(sweep: true, onlyReady: false, cancellationToken);

    /// <summary>The ready index of that name (opened, rebuilt if need be, caught up), or null when no such index is defined.</summary>
    public async Task<LuceneIndex?> GetReadyIndexAsync(string name, CancellationToken cancellationToken = default)
    {
        if (_indexes.TryGetValue(name, out var open) && !open.NeedsRebuild) return open;
        await SyncAsync(sweep: false, onlyReady: false, cancellationToken);
        return _indexes.TryGetValue(name, out open) ? open : null;
    }

    /// <summary>How many items this node's copy holds (null when the index is not defined).</summary>
    public async Task<int?> CountAsync(string name, CancellationToken cancellationToken = default)
    {
        var index = await GetReadyIndexAsync(name, cancellationToken);
        if (index is null) return null;
        var searcher = index.AcquireSearcher();
        try { return searcher.IndexReader.NumDocs; }
        finally { index.ReleaseSearcher(searcher); }
    }

    /// <summary>Rebuilds this node's copy now (the other nodes follow the definition's generation).</summary>
    public async Task RebuildNowAsync(string name, CancellationToken cancellationToken = default)
    {
        if (_indexes.TryGetValue(name, out var open)) open.NeedsRebuild = true;
        await SyncAsync(sweep: true, onlyReady: false, cancellationToken);
    }

    private async Task SyncAsync(bool sweep, bool onlyReady, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var store = services.GetRequiredService<IRecordStore>();
        var definitions = (await store.ListAsync(store.Query<SearchIndexRecord>(), cancellationToken)).Select(SearchIndexDefinition.From).ToList();
        foreach (var definition in definitions)
        {
            var index = onlyReady ? Ready(definition) : await OpenAsync(definition);
            if (index is null) continue;
            await index.WriteLock.WaitAsync(cancellationToken);
            try
            {
                if (index.NeedsRebuild) await RebuildAsync(index, services, cancellationToken);
                else await ApplyTasksAsync(index, services, sweep, cancellationToken);
            }
            finally
            {
                index.WriteLock.Release();
            }
        }
        if (!onlyReady) await DropUndefinedAsync(definitions);
    }

    private LuceneIndex? Ready(SearchIndexDefinition definition) =>
        _indexes.TryGetValue(definition.Name, out var index) && !index.NeedsRebuild && index.Definition.Generation == definition.Generation
            && index.Definition.ResetGeneration == definition.ResetGeneration ? index : null;

    /// <summary>The open copy, reopened when the definition moved on (a new generation is a rebuild, a new reset generation a replay).</summary>
    private async Task<LuceneIndex> OpenAsync(SearchIndexDefinition definition)
    {
        await _openLock.WaitAsync();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_indexes.TryGetValue(definition.Name, out var open))
            {
                if (open.Definition.Generation == definition.Generation && open.Definition.ResetGeneration == definition.ResetGeneration) return open;
                await open.WriteLock.WaitAsync();
                open.Dispose();
                open.WriteLock.Release();
            }
            var index = LuceneIndex.Open(Root, definition, logger);
            _indexes[definition.Name] = index;
            return index;
        }
        finally
        {
            _openLock.Release();
        }
    }

    private async Task DropUndefinedAsync(List<SearchIndexDefinition> definitions)
    {
        await _openLock.WaitAsync();
        try
        {
            foreach (var name in _indexes.Keys.Except(definitions.Select(d => d.Name)).ToList())
            {
                if (!_indexes.TryRemove(name, out var index)) continue;
                await index.WriteLock.WaitAsync();
                index.DisposeAndDelete();
            }
        }
        finally
        {
            _openLock.Release();
        }
    }

    private async Task RebuildAsync(LuceneIndex index, IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IRecordStore>();
        // Tasks up to here are reflected by the scan below, which reads the items after this point.
        var lastTask = await store.FirstOrDefaultAsync(store.Query<SearchIndexingTask>().OrderByDescending(t => t.Id).Select(t => (long?)t.Id), cancellationToken) ?? 0;
        var content = services.GetRequiredService<IContentManager>();
        var queries = services.GetRequiredService<IContentQueryFactory>();
        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        var builder = new ContentDocumentBuilder(services.GetRequiredService<IFieldKindRegistry>());
        var existing = (await definitions.ListTypeDefinitionsAsync()).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var version = index.Definition.IndexLatest ? VersionOptions.Latest : VersionOptions.Published;

        index.Writer.DeleteAll();
        var count = 0;
        foreach (var type in index.Definition.ContentTypes.Where(existing.Contains))
        {
            var query = queries.Query(type);
            query = index.Definition.IndexLatest ? query.Latest() : query.Published();
            var ids = await query.ListIdsAsync(cancellationToken);
            var fields = await definitions.GetFieldsAsync(type);
            foreach (var batch in ids.Chunk(BatchSize))
            {
                foreach (var item in await content.GetManyAsync(batch, version, cancellationToken))
                {
                    index.Writer.AddDocument(builder.Build(item, fields, index.Definition));
                    count++;
                }
            }
        }
        index.Commit(lastTask);
        index.ProcessedUpTo = lastTask;
        index.Processed.Clear();
        index.NeedsRebuild = false;
        index.Refresh();
        logger.LogInformation("Search index '{Index}' rebuilt: {Count} items.", index.Definition.Name, count);
    }

    private async Task ApplyTasksAsync(LuceneIndex index, IServiceProvider services, bool sweep, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IRecordStore>();
        var from = sweep ? index.DurableCursor : index.ProcessedUpTo;
        var changed = false;
        var fieldsByType = new Dictionary<string, IReadOnlyList<TypeField>>(StringComparer.Ordinal);
        while (true)
        {
            var after = from;
            var tasks = await store.ListAsync(store.Query<SearchIndexingTask>().Where(t => t.Id > after).OrderBy(t => t.Id).Take(BatchSize), cancellationToken);
            if (tasks.Count == 0) break;
            var pending = tasks.Where(t => !index.Processed.Contains(t.Id)).ToList();
            if (pending.Count > 0)
            {
                await ApplyAsync(index, pending, services, fieldsByType, cancellationToken);
                changed = true;
                foreach (var task in pending) index.Processed.Add(task.Id);
            }
            from = tasks[^1].Id;
            index.ProcessedUpTo = Math.Max(index.ProcessedUpTo, from);
        }
        if (changed) index.Refresh();
        if (!sweep) return;

        // The durable cursor moves past what is old enough that no transaction can still commit below it.
        var horizon = services.GetRequiredService<IClock>().UtcNow - LateCommitWindow;
        var cursor = index.DurableCursor;
        var safe = await store.FirstOrDefaultAsync(store.Query<SearchIndexingTask>()
            .Where(t => t.Id > cursor && t.CreatedUtc < horizon).OrderByDescending(t => t.Id).Select(t => (long?)t.Id), cancellationToken);
        if (safe is { } next && next > cursor && next <= index.ProcessedUpTo) index.Commit(next);
        else if (changed) index.Writer.Commit();
    }

    private static async Task ApplyAsync(LuceneIndex index, List<SearchIndexingTask> tasks, IServiceProvider services,
        Dictionary<string, IReadOnlyList<TypeField>> fieldsByType, CancellationToken cancellationToken)
    {
        var ids = tasks.Where(t => index.Definition.Covers(t.ContentType)).Select(t => t.ContentItemId).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0) return;
        var content = services.GetRequiredService<IContentManager>();
        var definitions = services.GetRequiredService<IContentDefinitionManager>();
        var builder = new ContentDocumentBuilder(services.GetRequiredService<IFieldKindRegistry>());
        var items = await content.GetManyAsync(ids, index.Definition.IndexLatest ? VersionOptions.Latest : VersionOptions.Published, cancellationToken);
        foreach (var item in items)
        {
            if (!fieldsByType.TryGetValue(item.ContentType, out var fields))
                fieldsByType[item.ContentType] = fields = await definitions.GetFieldsAsync(item.ContentType);
            index.Writer.UpdateDocument(new Term(IndexFields.Id, item.ContentItemId), builder.Build(item, fields, index.Definition));
        }
        // Removed, unpublished (for a published index) or gone: out of the index.
        foreach (var id in ids.Except(items.Select(i => i.ContentItemId), StringComparer.Ordinal))
            index.Writer.DeleteDocuments(new Term(IndexFields.Id, id));
    }

    public void Dispose()
    {
        _openLock.Wait();
        try
        {
            _disposed = true;
            foreach (var index in _indexes.Values)
            {
                try { index.Dispose(); }
                catch (Exception ex) { logger.LogWarning(ex, "Closing search index '{Index}' failed.", index.Definition.Name); }
            }
            _indexes.Clear();
        }
        finally
        {
            _openLock.Release();
        }
    }
}
