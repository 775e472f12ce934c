namespace OrchardCrm.Web.Cli;

/// <summary>A command failed in a way the user can fix; its message is printed as the one error line.</summary>
public sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    /// <summary>Wrong arguments: exit code 2, as command-line tools do.</summary>
    public static CliException Usage(string message) => new(message, 2);
}
