namespace OrchardCrm.Web.Cli;

/// <summary>
/// The host's command line: <c>dotnet run --project src/Crm.Web -- COMMAND</c>. Without a command (or
/// with <c>serve</c>) the web application runs. Every command takes --data-dir, --database and
/// --connection (see <see cref="CliArguments"/>), exits 0 on success, and on failure prints one line,
/// "error: COMMAND: what went wrong", on stderr and exits non-zero (2 for wrong arguments).
/// </summary>
public static class CrmCli
{
    public const string Usage = """
        Usage: Crm.Web [COMMAND] [--data-dir DIR] [--database sqlite|postgres] [--connection STRING] [--verbose]
          serve [--demo] [--urls URLS]     run the web application (the default); --demo sets up a demo site first
          setup [--recipe FILE] [--extra-recipe FILE]... [--admin-user NAME] [--admin-email EMAIL]
                [--admin-password PASSWORD] [--site-name NAME]
          recipe run FILE | recipe list
          features list | features enable ID... | features disable ID...
          content list TYPE [--json] | content get ID [--json]
          search rebuild [INDEX]           (and other commands added by enabled features)
        """;

    private static readonly HashSet<string> Commands = ["serve", "setup", "recipe", "features", "content", "help"];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var name = "crm";
        try
        {
            var arguments = CliArguments.Parse(args);
            var first = arguments.Remaining.FirstOrDefault();
            if (first is "--help" or "-h") first = "help";
            if (first is null || first.StartsWith('-'))
                return await CrmHost.ServeAsync(arguments, output, cancellationToken);
            if (!Commands.Contains(first))
            {
                // A word the kernel does not know: an enabled feature's command (ICommandLineCommand).
                name = first;
                arguments.TakeWord();
                return await ModuleCommand.RunAsync(first, arguments, output, cancellationToken);
            }

            arguments.TakeWord();
            if (first is "help" or "--help" or "-h")
            {
                await output.WriteLineAsync(Usage);
                return 0;
            }
            name = first;
            if (first == "serve") return await CrmHost.ServeAsync(arguments, output, cancellationToken);
            if (first == "setup") return await SetupCommand.RunAsync(arguments, output, cancellationToken);

            var verb = arguments.TakeWord() ?? throw CliException.Usage($"'{first}' needs a sub-command; see --help.");
            name = $"{first} {verb}";
            return first switch
            {
                "recipe" => await RecipeCommand.RunAsync(verb, arguments, output, cancellationToken),
                "features" => await FeaturesCommand.RunAsync(verb, arguments, output, cancellationToken),
                _ => await ContentCommand.RunAsync(verb, arguments, output, cancellationToken),
            };
        }
        catch (CliException ex)
        {
            await error.WriteLineAsync($"error: {name}: {OneLine(ex.Message)}");
            return ex.ExitCode;
        }
        // HostAbortedException is how WebApplicationFactory stops Program once it has the host: let it through.
        catch (Exception ex) when (ex is not (OperationCanceledException or Microsoft.Extensions.Hosting.HostAbortedException))
        {
            await error.WriteLineAsync($"error: {name}: {OneLine(ex.GetBaseException().Message)}");
            return 1;
        }
    }

    private static string OneLine(string message) =>
        string.Join(" ", message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
