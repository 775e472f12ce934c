using OrchardCrm.Web.Cli;

// Without a command the host serves the web application; with one (setup, recipe, features, content)
// it runs it against the same configuration and exits. See CrmCli.Usage.
return await CrmCli.RunAsync(args, Console.Out, Console.Error);

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
