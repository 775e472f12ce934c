using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Search.Lucene.Indexing;
using OrchardCrm.Search.Lucene.Services;

namespace OrchardCrm.Search.Lucene.Cli;

/// <summary>
/// <c>search rebuild [INDEX]</c>: rebuilds this node's copy of the index (every index when none is named)
/// and asks the other nodes to rebuild theirs. <c>search reset [INDEX]</c> replays the queue instead.
/// </summary>
public sealed class SearchCommand : ICommandLineCommand
{
    public string Name => "search";

    public string Usage => "search rebuild [INDEX] | search reset [INDEX]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count == 0 || args[0] is not ("rebuild" or "reset"))
            throw new CommandLineException($"use {Usage}.", isUsageError: true);
        if (args.Count > 2) throw new CommandLineException($"unexpected argument '{args[2]}'.", isUsageError: true);
        var store = services.GetRequiredService<SearchIndexDefinitionStore>();
        var indexer = services.GetRequiredService<SearchIndexer>();
        var defined = (await store.ListAsync(cancellationToken)).Select(r => r.Name).ToList();
        var names = args.Count == 2 ? [args[1]] : defined;
        if (args.Count == 2 && !defined.Contains(args[1]))
            throw new CommandLineException($"there is no search index named '{args[1]}' (indexes: {(defined.Count == 0 ? "none" : string.Join(", ", defined))}).");

        foreach (var name in names)
        {
            if (args[0] == "rebuild") await store.RequestRebuildAsync(name, cancellationToken);
            else await store.RequestResetAsync(name, cancellationToken);
        }
        await indexer.SweepAsync(cancellationToken);
        foreach (var name in names)
        {
            var count = await indexer.CountAsync(name, cancellationToken);
            await output.WriteLineAsync(args[0] == "rebuild" ? $"Rebuilt '{name}': {count} items." : $"Reset '{name}': {count} items.");
        }
        return 0;
    }
}
