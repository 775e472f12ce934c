using System.Diagnostics;
using System.Security.Claims;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Search;
using OrchardCrm.Search.Lucene.Indexing;
using OrchardCrm.Search.Lucene.Models;
using OrchardCrm.Search.Lucene.Services;
using OrchardCrm.Security;
using static OrchardCrm.Benchmarks.HostLatency;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// Issue 6: indexing 100,000 items and 1,000 searches through the search module, beside plain Lucene.Net
/// on the same companies in the same run. Indexing is measured twice: the module's rebuild from the
/// database (reading the items included), and its document building alone on items already in memory,
/// which is what compares with the raw baseline. Searches go through <see cref="ISearchService"/> in a
/// scope per query, as a request does (permissions, facets over the best 1,000, highlights of the page).
/// </summary>
internal static class SearchBenchmark
{
    public const int Queries = 1_000;
    public const int WarmUps = 50;
    public const int PageSize = 20;
    public const double ItemsPerSecondTarget = 5_000;
    public const double P95TargetMs = 20;
    private const string IndexName = "bench";

    public static async Task<int> RunAsync(int items)
    {
        Console.WriteLine($"Search benchmark: {items:N0} items, {Queries:N0} queries");
        var cached = await QueryBenchmarks.EnsureStoreAsync(items);
        // A copy: enabling the module adds tables and an index record, which the cached store must not keep.
        var scratch = BenchStore.NewScratchDirectory("search");
        foreach (var file in System.IO.Directory.GetFiles(cached).Where(f => !f.EndsWith("complete", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
        var (database, shell) = await BenchStore.StartShellAsync(scratch);
        try
        {
            await shell.EnableAsync("Crm.Search.Lucene");
            await shell.ScopeAsync(async sp =>
            {
                var errors = await sp.GetRequiredService<SearchIndexDefinitionStore>().SaveAsync(
                    new SearchIndexInput(IndexName, [BenchCompany.TypeName], SearchAnalyzers.Standard, [], IndexLatest: false), mustBeNew: true);
                if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors.Values));
            });
            var indexer = shell.Services.GetRequiredService<SearchIndexer>();

            var rebuild = Stopwatch.StartNew();
            await indexer.RebuildNowAsync(IndexName);
            rebuild.Stop();
            var indexed = await indexer.CountAsync(IndexName) ?? 0;
            if (indexed != items) throw new InvalidOperationException($"The rebuild indexed {indexed:N0} items, not {items:N0}.");

            var pipeline = await TimeDocumentBuildingAsync(shell, Path.Combine(scratch, "pipeline"));

            using var raw = new SearchBenchmarkRaw(Path.Combine(scratch, "raw"));
            var companies = BenchCompany.Generate(items);
            var rawIndexing = Stopwatch.StartNew();
            raw.Index(companies);
            rawIndexing.Stop();

            var queries = SearchBenchmarkQueries.Generate(Queries, items);
            var admin = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, RoleNames.Administrator)], "bench"));
            Task<SearchResult> ModuleSearch(string q) => shell.ScopeAsync(sp => sp.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest(q, PageSize: PageSize, Index: IndexName), admin));
            foreach (var q in queries.Take(WarmUps)) { await ModuleSearch(q); raw.Search(q, PageSize); }

            var moduleTimes = new List<double>(Queries);
            var rawTimes = new List<double>(Queries);
            var found = 0;
            foreach (var q in queries)
            {
                var watch = Stopwatch.StartNew();
                var result = await ModuleSearch(q);
                moduleTimes.Add(watch.Elapsed.TotalMilliseconds);
                if (result.Total > 0) found++;
                watch.Restart();
                raw.Search(q, PageSize);
                rawTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            Print(items, rebuild.Elapsed, pipeline, rawIndexing.Elapsed, moduleTimes, rawTimes, found);
            PrintByKind(queries, moduleTimes, rawTimes);
            var ok = items / pipeline.TotalSeconds >= ItemsPerSecondTarget && Percentile(moduleTimes, 95) < P95TargetMs;
            return ok ? 0 : 1;
        }
        finally
        {
            await shell.DisposeAsync();
            await database.DisposeAsync();
            BenchStore.DeleteQuietly(scratch);
        }
    }

    /// <summary>The module's document building and writing, on items already read from the database (so it compares with the raw baseline).</summary>
    private static async Task<TimeSpan> TimeDocumentBuildingAsync(OrchardCrm.Testing.TestShell shell, string path)
    {
        var (loaded, fields, fieldKinds) = await shell.ScopeAsync(async sp =>
        {
            var ids = await sp.GetRequiredService<IContentQueryFactory>().Query(BenchCompany.TypeName).Published().ListIdsAsync();
            var content = sp.GetRequiredService<IContentManager>();
            var all = new List<ContentItem>(ids.Count);
            foreach (var batch in ids.Chunk(1_000)) all.AddRange(await content.GetManyAsync(batch));
            return (all, await sp.GetRequiredService<IContentDefinitionManager>().GetFieldsAsync(BenchCompany.TypeName), sp.GetRequiredService<IFieldKindRegistry>());
        });
        var definition = new SearchIndexDefinition("pipeline", [BenchCompany.TypeName], SearchAnalyzers.Standard, [], false);
        var builder = new ContentDocumentBuilder(fieldKinds);
        var watch = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(new DirectoryInfo(path)))
        using (var analyzer = AnalyzerFactory.Create(SearchAnalyzers.Standard))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(AnalyzerFactory.Version, analyzer) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 }))
        {
            foreach (var item in loaded) writer.AddDocument(builder.Build(item, fields, definition));
            writer.Commit();
        }
        return watch.Elapsed;
    }

    private static void Print(int items, TimeSpan rebuild, TimeSpan pipeline, TimeSpan raw, List<double> module, List<double> rawTimes, int found)
    {
        Console.WriteLine();
        Console.WriteLine($"| Indexing {items:N0} items                         | seconds | items/s | vs raw |");
        Console.WriteLine("|----------------------------------------------------|--------:|--------:|-------:|");
        Console.WriteLine($"| Module rebuild from the database (reads included)  | {rebuild.TotalSeconds,7:N1} | {items / rebuild.TotalSeconds,7:N0} | {rebuild / raw,5:N1}x |");
        Console.WriteLine($"| Module documents from items in memory              | {pipeline.TotalSeconds,7:N1} | {items / pipeline.TotalSeconds,7:N0} | {pipeline / raw,5:N1}x |");
        Console.WriteLine($"| Raw Lucene.Net, same companies                     | {raw.TotalSeconds,7:N1} | {items / raw.TotalSeconds,7:N0} |   1.0x |");
        Console.WriteLine();
        Console.WriteLine($"| {Queries:N0} searches ({found} with hits)       | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|-----------------------------------------|-------:|-------:|-------:|");
        Console.WriteLine($"| Search service (trim, facets, highlight) | {Percentile(module, 50),6:N2} | {Percentile(module, 95),6:N2} | {module.Max(),6:N1} |");
        Console.WriteLine($"| Raw Lucene.Net (parse, top 20, titles)  | {Percentile(rawTimes, 50),6:N2} | {Percentile(rawTimes, 95),6:N2} | {rawTimes.Max(),6:N1} |");
        Console.WriteLine();
        Console.WriteLine($"Targets: at least {ItemsPerSecondTarget:N0} items/s, p95 under {P95TargetMs} ms.");
    }

    /// <summary>Where the time goes: p95 per kind of query (the generator cycles through ten kinds).</summary>
    private static void PrintByKind(List<string> queries, List<double> module, List<double> raw)
    {
        Console.WriteLine();
        Console.WriteLine("| Query kind (example)                    | module p95 ms | raw p95 ms |");
        Console.WriteLine("|-----------------------------------------|--------------:|-----------:|");
        for (var kind = 0; kind < 10; kind++)
        {
            var indexes = Enumerable.Range(0, queries.Count).Where(i => i % 10 == kind).ToList();
            Console.WriteLine($"| {queries[kind],-39} | {Percentile(indexes.Select(i => module[i]).ToList(), 95),13:N2} | {Percentile(indexes.Select(i => raw[i]).ToList(), 95),10:N2} |");
        }
    }
}
