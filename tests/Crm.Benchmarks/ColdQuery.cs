using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Benchmarks;

/// <summary>The query timed once per side, on the store exactly as the kernel left it (no planner statistics).</summary>
public sealed record ColdQueryResult(double ContentQueryMs, double HandWrittenMs)
{
    public double Ratio => ContentQueryMs / HandWrittenMs;
}

/// <summary>
/// One run of each query without planner statistics, after a warm-up run of the content query's shape
/// that matches nothing, so that JIT and EF Core's query compilation are not what is measured. Too slow at full size
/// for BenchmarkDotNet's repeated iterations, and one run is enough to see the order of magnitude.
/// </summary>
public static class ColdQuery
{
    public static async Task<ColdQueryResult> RunAsync(string dataDirectory)
    {
        var databaseFile = BenchStore.DatabaseFile(dataDirectory);
        SqliteStatistics.Forget(databaseFile);
        var (database, shell) = await BenchStore.StartShellAsync(dataDirectory);
        try
        {
            using var sql = new HandWrittenQuery(databaseFile);
            Console.WriteLine("// Query on the store as the kernel leaves it (no ANALYZE statistics), one timed run each:");

            // Same shape, no matches: compiles the query (EF Core and SQLite) without running the slow part.
            await shell.ScopeAsync(sp => BenchQuery.Apply(sp.GetRequiredService<IContentQueryFactory>(), "No such industry").ListAsync(BenchQuery.Page, BenchQuery.PageSize));

            var clock = Stopwatch.StartNew();
            var (total, _) = sql.Run();
            var handWritten = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"//   hand-written SQL: {handWritten,10:N1} ms ({total:N0} matches)");

            clock.Restart();
            var result = await shell.ScopeAsync(sp => BenchQuery.Apply(sp.GetRequiredService<IContentQueryFactory>()).ListAsync(BenchQuery.Page, BenchQuery.PageSize));
            var content = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"//   content query:    {content,10:N1} ms ({result.TotalCount:N0} matches)");
            return new ColdQueryResult(content, handWritten);
        }
        finally
        {
            await shell.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
