using Microsoft.Data.Sqlite;

namespace OrchardCrm.Benchmarks;

/// <summary>What the creation benchmark measured, and what the content store wrote for it.</summary>
public sealed record CreationResult(
    int Items, TimeSpan ContentManager, TimeSpan RawInsert, TimeSpan KernelRows, bool SameJson, IReadOnlyList<(string Table, long Rows)> RowsWritten, long DatabaseBytes)
{
    public double ContentManagerRate => Items / ContentManager.TotalSeconds;
    public double RawInsertRate => Items / RawInsert.TotalSeconds;
    public double KernelRowsRate => Items / KernelRows.TotalSeconds;
    public double Ratio => ContentManagerRate / RawInsertRate;
    public double KernelRowsRatio => ContentManagerRate / KernelRowsRate;
}

/// <summary>
/// Creation through the content manager, timed with a stopwatch (one pass: it takes minutes at full
/// size), beside the raw insert of the same JSON in the same run (the median of three passes: it takes
/// well under a second, so one pass would be at the mercy of a busy neighbour).
/// </summary>
public static class CreationBenchmark
{
    public const int RawPasses = 3;

    private static readonly string[] Tables =
        ["ContentItems", "ContentItemIndex", "TextFieldIndex", "NumericFieldIndex", "DateFieldIndex", "BooleanFieldIndex", "ReferenceFieldIndex", "AuditTrailEvents"];

    public static async Task<CreationResult> RunAsync(int items)
    {
        var companies = BenchCompany.Generate(items);
        var json = companies.Select(BenchCompany.ContentJsonOf).ToList();
        var displayTexts = companies.Select(c => c.Name).ToList();

        Console.WriteLine($"Raw insert of {items:N0} JSON rows ({RawPasses} passes):");
        var passes = new List<TimeSpan>();
        for (var pass = 0; pass < RawPasses; pass++)
        {
            passes.Add(RawInsertBaseline.Run(json, displayTexts));
            Console.WriteLine($"  pass {pass + 1}: {passes[^1].TotalMilliseconds,8:N0} ms, {items / passes[^1].TotalSeconds,10:N0} items/s");
        }
        var raw = passes.Order().ElementAt(RawPasses / 2);

        Console.WriteLine($"Content manager, {items:N0} items in batches of {ContentStoreBuilder.BatchSize:N0}:");
        var directory = BenchStore.NewScratchDirectory("create");
        TimeSpan elapsed;
        var (database, shell) = await BenchStore.StartShellAsync(directory);
        try
        {
            elapsed = await ContentStoreBuilder.BuildAsync(shell, companies, Console.WriteLine);
        }
        catch
        {
            await shell.DisposeAsync();
            await database.DisposeAsync();
            BenchStore.DeleteQuietly(directory);
            throw;
        }
        await shell.DisposeAsync();
        await database.DisposeAsync();

        var (rows, sameJson) = Inspect(BenchStore.DatabaseFile(directory), json);
        var bytes = new DirectoryInfo(directory).EnumerateFiles("crm.db*").Sum(f => f.Length);

        Console.WriteLine("The same rows the content manager wrote, inserted raw into an empty copy of the kernel's tables:");
        var kernelRows = KernelRowsBaseline.Run(BenchStore.DatabaseFile(directory), ContentStoreBuilder.BatchSize);
        Console.WriteLine($"  {kernelRows.TotalMilliseconds,8:N0} ms, {items / kernelRows.TotalSeconds,10:N0} items/s");

        // The store just built is the one the query benchmark needs: keep it rather than build it again.
        BenchStore.KeepAsCached(directory, items);
        return new CreationResult(items, elapsed, raw, kernelRows, sameJson, rows, bytes);
    }

    /// <summary>Rows in each table after the run, and whether the stored JSON is the baseline's JSON (checked on the first items).</summary>
    private static (List<(string, long)> Rows, bool SameJson) Inspect(string databaseFile, List<string> json)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        var rows = new List<(string, long)>();
        foreach (var table in Tables)
        {
            using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            rows.Add((table, Convert.ToInt64(count.ExecuteScalar())));
        }

        using var first = connection.CreateCommand();
        first.CommandText = "SELECT \"Content\" FROM \"ContentItems\" ORDER BY \"Id\" LIMIT 100";
        var stored = new List<string>();
        using (var reader = first.ExecuteReader())
        {
            while (reader.Read()) stored.Add(reader.GetString(0));
        }
        return (rows, stored.SequenceEqual(json.Take(stored.Count)));
    }
}
