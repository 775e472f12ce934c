using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;

namespace OrchardCrm.Web.Cli;

/// <summary>
/// A command the kernel does not know (<c>search rebuild</c>, say): the shell is started and the enabled
/// <see cref="ICommandLineCommand"/> of that name runs; none enabled is a usage error naming the command.
/// </summary>
public static class ModuleCommand
{
    public static async Task<int> RunAsync(string name, CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        await using var host = await CommandHost.StartAsync(arguments, cancellationToken);
        return await host.ScopeAsync(async sp =>
        {
            var command = sp.GetRequiredService<IEnabled<ICommandLineCommand>>()
                .FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw CliException.Usage($"unknown command '{name}' (is the feature that provides it enabled?); see --help.");
            try
            {
                return await command.RunAsync([.. arguments.Remaining], sp, output, cancellationToken);
            }
            catch (CommandLineException ex)
            {
                throw new CliException(ex.Message, ex.IsUsageError ? 2 : 1);
            }
        });
    }
}
