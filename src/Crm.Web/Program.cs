using OrchardCrm.Web;

// Without a command the host serves the web application; with one (setup, recipe, features, content)
// it runs it against the same configuration and exits.
return await CrmHost.RunAsync(args);

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
