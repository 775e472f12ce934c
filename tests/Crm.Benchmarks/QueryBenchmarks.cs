using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Testing;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// The content query against the same query written by hand, on one store of <see cref="Items"/>
/// items built through the content manager (once, then kept under the temp folder for later runs).
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    /// <summary>Set by the program before the run (the benchmarks run in-process, so a static carries it).</summary>
    public static int Items { get; set; } = 100_000;

    private TestDatabase? _database;
    private TestShell? _shell;
    private HandWrittenQuery? _sql;

    [GlobalSetup]
    public void Setup()
    {
        var directory = EnsureStoreAsync(Items).GetAwaiter().GetResult();
        (_database, _shell) = BenchStore.StartShellAsync(directory).GetAwaiter().GetResult();
        _sql = new HandWrittenQuery(BenchStore.DatabaseFile(directory));

        // Both must give the same answer, or the comparison means nothing.
        var (total, items) = _sql.Run();
        var result = ContentQueryAsync().GetAwaiter().GetResult();
        if (total != result.TotalCount || !items.Select(i => i.Id).SequenceEqual(result.Items.Select(i => i.Id)))
            throw new InvalidOperationException($"The content query ({result.TotalCount} items, page {string.Join(",", result.Items.Select(i => i.Id))}) and the hand-written SQL ({total} items, page {string.Join(",", items.Select(i => i.Id))}) disagree.");
        if (items.Count != BenchQuery.PageSize) throw new InvalidOperationException($"The query matched too few items ({total}) for a full page.");
        Console.WriteLine($"// Query matches {total:N0} of {Items:N0} items; both ways return the same page.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sql?.Dispose();
        _shell?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Hand-written SQL")]
    public int HandWrittenSql() => _sql!.Run().Items.Count;

    [Benchmark(Description = "Content query")]
    public async Task<int> ContentQuery() => (await ContentQueryAsync()).Items.Count;

    /// <summary>As a request runs it: a new scope (and so a new DbContext), the query, one page.</summary>
    private Task<ContentQueryResult> ContentQueryAsync() =>
        _shell!.ScopeAsync(sp => BenchQuery.Apply(sp.GetRequiredService<IContentQueryFactory>()).ListAsync(BenchQuery.Page, BenchQuery.PageSize));

    /// <summary>The cached store of this many items, built through the content manager when there is none yet.</summary>
    public static async Task<string> EnsureStoreAsync(int items)
    {
        if (BenchStore.HasCachedStore(items)) return BenchStore.CachedDirectory(items);
        Console.WriteLine($"// No cached store of {items:N0} items: creating them through the content manager (once).");
        var directory = BenchStore.NewScratchDirectory("building");
        var (database, shell) = await BenchStore.StartShellAsync(directory);
        try
        {
            await ContentStoreBuilder.BuildAsync(shell, BenchCompany.Generate(items), Console.WriteLine);
        }
        finally
        {
            await shell.DisposeAsync();
            await database.DisposeAsync();
        }
        BenchStore.KeepAsCached(directory, items);
        return BenchStore.CachedDirectory(items);
    }
}
