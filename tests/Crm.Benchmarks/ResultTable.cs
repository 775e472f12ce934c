using System.Globalization;
using BenchmarkDotNet.Reports;

namespace OrchardCrm.Benchmarks;

/// <summary>The query's means as BenchmarkDotNet measured them, in milliseconds.</summary>
public sealed record QueryResult(double ContentQueryMs, double HandWrittenMs, double ContentQueryAllocatedKb, double HandWrittenAllocatedKb)
{
    public double Ratio => ContentQueryMs / HandWrittenMs;

    public static QueryResult? From(Summary summary)
    {
        BenchmarkReport? Find(string method) => summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
        var content = Find(nameof(QueryBenchmarks.ContentQuery));
        var sql = Find(nameof(QueryBenchmarks.HandWrittenSql));
        if (content?.ResultStatistics is null || sql?.ResultStatistics is null) return null;
        static double Kb(BenchmarkReport r) => (r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) ?? 0) / 1024.0;
        return new QueryResult(content.ResultStatistics.Mean / 1e6, sql.ResultStatistics.Mean / 1e6, Kb(content), Kb(sql));
    }
}

/// <summary>The closing table: each figure beside its same-run baseline, the ratio, the target and whether it is met.</summary>
public static class ResultTable
{
    public const double CreationTarget = 0.25;
    public const double QueryRatioTarget = 3.0;
    public const double QueryMsTarget = 20.0;

    public static void Print(int items, CreationResult? creation, QueryResult? query, ColdQueryResult? cold)
    {
        var rows = new List<string[]> { new[] { "Measure", "Content store", "Baseline (same run)", "Ratio", "Target", "Result" } };
        if (creation is not null)
        {
            rows.Add(["Creation, items/s", N(creation.ContentManagerRate), $"{N(creation.RawInsertRate)} (raw insert)",
                $"{creation.Ratio:0.000} (1/{1 / creation.Ratio:0})", $">= {CreationTarget:0.00} of raw", Mark(creation.Ratio >= CreationTarget)]);
            rows.Add(["Creation, items/s", N(creation.ContentManagerRate), $"{N(creation.KernelRowsRate)} (same rows raw, kernel tables)",
                $"{creation.KernelRowsRatio:0.000} (1/{1 / creation.KernelRowsRatio:0})", "(explains the gap)", ""]);
        }
        if (query is not null)
        {
            rows.Add(["Query page of 20, ms (ANALYZEd)", query.ContentQueryMs.ToString("0.00", CultureInfo.InvariantCulture), $"{query.HandWrittenMs.ToString("0.00", CultureInfo.InvariantCulture)} (hand-written SQL)",
                $"{query.Ratio:0.00}x", $"<= {QueryRatioTarget:0}x SQL", Mark(query.Ratio <= QueryRatioTarget)]);
            rows.Add(["Query page of 20, ms (ANALYZEd)", query.ContentQueryMs.ToString("0.00", CultureInfo.InvariantCulture), "", "", $"< {QueryMsTarget:0} ms", Mark(query.ContentQueryMs < QueryMsTarget)]);
        }
        if (cold is not null)
        {
            rows.Add(["Query page of 20, ms (as stored, 1 run)", Ms(cold.ContentQueryMs), $"{Ms(cold.HandWrittenMs)} (hand-written SQL)",
                $"{cold.Ratio:0.00}x", $"<= {QueryRatioTarget:0}x SQL", Mark(cold.Ratio <= QueryRatioTarget)]);
            rows.Add(["Query page of 20, ms (as stored, 1 run)", Ms(cold.ContentQueryMs), "", "", $"< {QueryMsTarget:0} ms", Mark(cold.ContentQueryMs < QueryMsTarget)]);
        }
        if (rows.Count == 1)
        {
            Console.WriteLine("Nothing was measured.");
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"Summary at {items:N0} items ({Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})");
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            Console.WriteLine("| " + string.Join(" | ", row.Select((cell, c) => cell.PadRight(widths[c]))) + " |");
            if (index == 0) Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        }

        if (creation is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"Creation: {creation.ContentManager.TotalSeconds:N1} s through the content manager, {creation.RawInsert.TotalMilliseconds:N0} ms raw (median of {CreationBenchmark.RawPasses}).");
            Console.WriteLine($"Stored JSON identical to the baseline's: {(creation.SameJson ? "yes" : "NO")}. Database size: {creation.DatabaseBytes / 1024.0 / 1024.0:N1} MiB.");
            Console.WriteLine("Rows written per item: " + string.Join(", ", creation.RowsWritten.Select(r => $"{r.Table} {r.Rows / (double)creation.Items:0.##}"))
                + $"; total {creation.RowsWritten.Sum(r => r.Rows) / (double)creation.Items:0.##} (baseline: 1).");
        }
        if (cold is not null)
            Console.WriteLine("'As stored' is the database as the kernel leaves it: SQLite has no planner statistics (no ANALYZE), and picks a per-item scan for the sort.");
        if (query is not null)
            Console.WriteLine($"Query allocations per call: content query {query.ContentQueryAllocatedKb:N0} KiB, hand-written SQL {query.HandWrittenAllocatedKb:N0} KiB.");
    }

    private static string Ms(double value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Mark(bool met) => met ? "PASS" : "MISS";
}
