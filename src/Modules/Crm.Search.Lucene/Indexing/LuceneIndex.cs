using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using OrchardCrm.Search.Lucene.Models;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OrchardCrm.Search.Lucene.Indexing;

/// <summary>
/// This node's copy of one index: the Lucene directory under the data directory, its writer, near-real-time
/// searchers and the cursor file beside it. A missing, unreadable or out-of-date copy opens empty with
/// <see cref="NeedsRebuild"/> set, never fails.
/// </summary>
public sealed class LuceneIndex : IDisposable
{
    /// <summary>The shape of the documents this code writes; a copy written in another shape is rebuilt.</summary>
    public const int Format = 2;

    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly string _path;
    private readonly string _cursorPath;

    private LuceneIndex(SearchIndexDefinition definition, string path, LuceneDirectory directory, IndexWriter writer, Analyzer analyzer, bool needsRebuild, IndexCursor? cursor)
    {
        Definition = definition;
        _path = path;
        _cursorPath = path + ".cursor.json";
        _directory = directory;
        Writer = writer;
        Analyzer = analyzer;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, searcherFactory: null);
        NeedsRebuild = needsRebuild;
        if (cursor is not null && !needsRebuild)
        {
            // A reset asks every node to replay the queue from the start (documents stay until replaced).
            var taskId = cursor.ResetGeneration == definition.ResetGeneration ? cursor.TaskId : 0;
            DurableCursor = ProcessedUpTo = taskId;
        }
    }

    public SearchIndexDefinition Definition { get; }
    public Analyzer Analyzer { get; }
    public IndexWriter Writer { get; }

    /// <summary>Held by whoever changes the index (catch-up, rebuild), so changes and the cursor move together.</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public bool NeedsRebuild { get; set; }

    /// <summary>The last task id committed with the index (in the cursor file).</summary>
    public long DurableCursor { get; set; }

    /// <summary>The highest task id applied in memory (searchable, maybe not committed yet).</summary>
    public long ProcessedUpTo { get; set; }

    /// <summary>Ids above <see cref="DurableCursor"/> already applied: a late-committing task below <see cref="ProcessedUpTo"/> is still picked up.</summary>
    public HashSet<long> Processed { get; } = [];

    public static string PathFor(string root, string name) => Path.Combine(root, name);

    public static LuceneIndex Open(string root, SearchIndexDefinition definition, ILogger logger)
    {
        var path = PathFor(root, definition.Name);
        System.IO.Directory.CreateDirectory(path);
        var analyzer = AnalyzerFactory.Create(definition.Analyzer);
        var cursor = IndexCursor.Read(path + ".cursor.json");
        var stale = cursor is null || cursor.Generation != definition.Generation || cursor.Format != Format;
        LuceneDirectory? directory = null;
        try
        {
            directory = FSDirectory.Open(new DirectoryInfo(path));
            var exists = DirectoryReader.IndexExists(directory);
            var writer = new IndexWriter(directory, Config(analyzer, exists ? OpenMode.CREATE_OR_APPEND : OpenMode.CREATE));
            // Reading the segments proves the files are usable before anyone searches them.
            using (var reader = DirectoryReader.Open(writer, applyAllDeletes: false)) _ = reader.NumDocs;
            return new LuceneIndex(definition, path, directory, writer, analyzer, !exists || stale, cursor);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            logger.LogWarning(ex, "Search index '{Index}' at {Path} is unreadable; it is rebuilt.", definition.Name, path);
            directory?.Dispose();
            Wipe(path);
            directory = FSDirectory.Open(new DirectoryInfo(path));
            var writer = new IndexWriter(directory, Config(analyzer, OpenMode.CREATE));
            return new LuceneIndex(definition, path, directory, writer, analyzer, needsRebuild: true, cursor: null);
        }
    }

    private static IndexWriterConfig Config(Analyzer analyzer, OpenMode mode) =>
        new(AnalyzerFactory.Version, analyzer) { OpenMode = mode, RAMBufferSizeMB = 64 };

    public IndexSearcher AcquireSearcher() => _searchers.Acquire();

    public void ReleaseSearcher(IndexSearcher searcher) => _searchers.Release(searcher);

    /// <summary>Makes the writer's changes visible to searches (without committing them).</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Commits the index and then the cursor: after a crash the cursor is never ahead of the index.</summary>
    public void Commit(long taskId)
    {
        Writer.Commit();
        new IndexCursor(taskId, Definition.Generation, Definition.ResetGeneration, Format).Write(_cursorPath);
        DurableCursor = taskId;
        Processed.RemoveWhere(id => id <= taskId);
    }

    public void Dispose()
    {
        _searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
        Analyzer.Dispose();
    }

    /// <summary>Disposes and removes the files (an index whose definition was deleted).</summary>
    public void DisposeAndDelete()
    {
        Dispose();
        Wipe(_path);
        if (File.Exists(_cursorPath)) File.Delete(_cursorPath);
    }

    private static void Wipe(string path)
    {
        if (System.IO.Directory.Exists(path)) System.IO.Directory.Delete(path, recursive: true);
        System.IO.Directory.CreateDirectory(path);
    }
}
