using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Hosting;
using OrchardCrm.Settings;
using OrchardCrm.Setup;

namespace OrchardCrm.Web.Cli;

/// <summary>
/// <c>serve --demo</c>: on a data directory that is not set up yet, sets the site up with the setup
/// recipe and the sample data, and a fixed, documented administrator. The credentials are printed at
/// every start so whoever runs the demo can sign in.
/// </summary>
public static class DemoSite
{
    public const string AdminUserName = "admin";
    public const string AdminEmail = "admin@example.com";
    public const string AdminPassword = "OrchardCrm-Demo1!";
    public const string SampleDataRecipe = "sample-data";

    public static async Task EnsureAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken = default)
    {
        await services.GetRequiredService<ShellInitializer>().InitializeAsync(cancellationToken);
        await using var scope = services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<SiteService>().IsSetUpAsync(cancellationToken))
        {
            var result = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
            {
                SiteName = "OrchardCrm demo",
                AdminUserName = AdminUserName,
                AdminEmail = AdminEmail,
                AdminPassword = AdminPassword,
                ExtraRecipes = [SampleDataRecipe],
            }, cancellationToken);
            if (!result.Succeeded) throw new CliException("demo setup failed: " + string.Join(" | ", result.Errors));
            await output.WriteLineAsync("Demo site set up with the sample data.");
        }
        await output.WriteLineAsync(Credentials);
    }

    public static string Credentials => $"Demo: sign in as '{AdminUserName}' with password '{AdminPassword}' (unless you changed it).";
}
