using OrchardCrm.Hosting;
using OrchardCrm.Web.Cli;

namespace OrchardCrm.Web;

/// <summary>Builds and runs the web application.</summary>
public static class CrmHost
{
    public static async Task<int> RunAsync(string[] args) => await CrmCli.RunAsync(args, Console.Out, Console.Error);

    /// <summary><c>serve [--demo]</c>: everything not taken by the command line (--urls, --environment...) goes to the web host.</summary>
    public static async Task<int> ServeAsync(CliArguments arguments, TextWriter output, CancellationToken cancellationToken = default)
    {
        var demo = arguments.TakeFlag("--demo");
        var app = Build([.. arguments.Remaining], arguments.Configuration);
        if (demo)
        {
            await DemoSite.EnsureAsync(app.Services, output, cancellationToken);
            // Again once the server listens, below the start-up logs, where the eye lands.
            app.Lifetime.ApplicationStarted.Register(() => output.WriteLine(DemoSite.Credentials));
        }
        await app.RunAsync();
        return 0;
    }

    public static WebApplication Build(string[] args) => Build(args, new Dictionary<string, string?>());

    /// <param name="configuration">Configuration keys set by the command line (Crm:DataDirectory, ...), over every other source.</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?> configuration)
    {
        // The application is always Crm.Web, whoever starts it (a test runner's process is "testhost"):
        // the static web assets manifest and the host's own views are found by this name.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(CrmHost).Assembly.GetName().Name });
        if (configuration.Count > 0) builder.Configuration.AddInMemoryCollection(configuration);
        // The modules' and the theme's files (_content/...) are served in every environment, not only in
        // Development: `dotnet run` of a fresh clone runs as Production.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddCrmKernel(builder.Configuration);
        builder.Services.AddCrmSetupPage();
        builder.Services.AddHostedService<ShellInitializerHostedService>();
        builder.Services.AddHostedService<OrchardCrm.BackgroundTasks.BackgroundTaskHostedService>();
        builder.Services.AddProblemDetails();

        var app = builder.Build();
        app.UseCrm();
        return app;
    }
}
