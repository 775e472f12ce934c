using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Modules;

/// <summary>
/// A command a feature adds to the host's command line (<c>Crm.Web NAME VERB ARGS...</c>): the kernel
/// starts the shell and hands the words after the name to the enabled command of that name. Register
/// with <c>services.AddCommandLineCommand&lt;T&gt;()</c>.
/// </summary>
public interface ICommandLineCommand
{
    /// <summary>The first word on the command line, e.g. "search".</summary>
    string Name { get; }

    /// <summary>Usage lines shown by <c>--help</c>, e.g. "search rebuild [INDEX]   rebuild search indexes".</summary>
    string Usage { get; }

    /// <summary>Runs in a scope of the started shell. Returns the exit code.</summary>
    /// <exception cref="CommandLineException">Wrong arguments or a failure the user can fix; its message is printed as the one error line.</exception>
    Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, CancellationToken cancellationToken);
}

/// <param name="IsUsageError">Wrong arguments (exit code 2) rather than a failure (exit code 1).</param>
public sealed class CommandLineException(string message, bool isUsageError = false) : Exception(message)
{
    public bool IsUsageError { get; } = isUsageError;
}

public static class CommandLineServiceCollectionExtensions
{
    public static IServiceCollection AddCommandLineCommand<T>(this IServiceCollection services) where T : class, ICommandLineCommand
    {
        services.AddScoped<ICommandLineCommand, T>();
        return services;
    }
}
