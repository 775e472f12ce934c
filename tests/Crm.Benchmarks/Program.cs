using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OrchardCrm.Benchmarks;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

#if DEBUG
Console.Error.WriteLine("Run the benchmarks in Release: dotnet run -c Release --project tests/Crm.Benchmarks");
return 2;
#else
if (options.Account360) return await Account360Benchmark.RunAsync();
if (options.Board) return await DealBoardBenchmark.RunAsync();
if (options.Search) return await SearchBenchmark.RunAsync(options.Items);

Console.WriteLine($"Content store benchmark, {options.Items:N0} items, stores under {BenchStore.Root}");

if (options.Explain) await QueryExplainer.PrintCreationAsync();

CreationResult? creation = null;
if (options.Create) creation = await CreationBenchmark.RunAsync(options.Items);

QueryResult? query = null;
ColdQueryResult? cold = null;
if (options.Query)
{
    QueryBenchmarks.Items = options.Items;
    var store = await QueryBenchmarks.EnsureStoreAsync(options.Items);
    cold = await ColdQuery.RunAsync(store);
    if (options.Explain) await QueryExplainer.PrintQueryAsync(store);

    // The repeated measurement is made with planner statistics, as a maintained database would have them.
    SqliteStatistics.Gather(BenchStore.DatabaseFile(store));
    if (options.Explain) await QueryExplainer.PrintQueryAsync(store);

    // In-process: the store and the item count are set up by this program, and nothing is rebuilt.
    // A few iterations of a query of milliseconds are enough for a stable mean on a shared machine.
    var job = Job.Default
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithLaunchCount(1)
        .WithWarmupCount(3)
        .WithIterationCount(15);
    var config = ManualConfig.Create(DefaultConfig.Instance).AddJob(job);
    var summary = BenchmarkRunner.Run<QueryBenchmarks>(config);
    query = QueryResult.From(summary);
}

ResultTable.Print(options.Items, creation, query, cold);
return 0;
#endif
