using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;

namespace OrchardCrm.Web.Cli;

/// <summary><c>features list</c>, <c>features enable ID...</c>, <c>features disable ID...</c>.</summary>
public static class FeaturesCommand
{
    public static async Task<int> RunAsync(string verb, CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (verb is not ("list" or "enable" or "disable"))
            throw CliException.Usage($"unknown features command '{verb}'; use list, enable ID... or disable ID....");
        var ids = arguments.TakeRest();
        if (verb == "list" && ids.Count > 0) throw CliException.Usage($"unexpected argument '{ids[0]}'.");
        if (verb != "list" && ids.Count == 0) throw CliException.Usage($"give the ids of the features to {verb}.");

        await using var host = await CommandHost.StartAsync(arguments, cancellationToken);
        return await host.ScopeAsync(async sp =>
        {
            var features = sp.GetRequiredService<IFeatureManager>();
            if (verb == "list")
            {
                await ListAsync(features, output, cancellationToken);
                return 0;
            }
            var unknown = ids.FirstOrDefault(id => features.AvailableFeatures.All(f => !string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase)));
            if (unknown is not null) throw new CliException($"unknown feature '{unknown}'.");
            try
            {
                var changed = verb == "enable"
                    ? await features.EnableAsync(ids, cancellationToken)
                    : await features.DisableAsync(ids, cancellationToken);
                var done = verb == "enable" ? "Enabled" : "Disabled";
                await output.WriteLineAsync(changed.Count == 0
                    ? $"Nothing to do: already {done.ToLowerInvariant()}."
                    : $"{done}: {string.Join(", ", changed.Select(f => f.Id))}");
                return 0;
            }
            catch (FeatureException ex)
            {
                throw new CliException(ex.Message);
            }
        });
    }

    private static async Task ListAsync(IFeatureManager features, TextWriter output, CancellationToken cancellationToken)
    {
        var enabled = await features.GetEnabledFeatureIdsAsync(cancellationToken);
        var rows = features.AvailableFeatures
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => new[] { f.Id, enabled.Contains(f.Id) ? "yes" : "no", f.Name, string.Join(", ", f.Dependencies) })
            .ToList();
        await Table.WriteAsync(output, ["ID", "ENABLED", "NAME", "DEPENDENCIES"], rows);
    }
}
