using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Testing;

/// <summary>The real host (Program) in memory on a test database, for HTTP tests.</summary>
public sealed class TestWebHost(TestDatabase database, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Tests run background tasks themselves (IBackgroundTaskRunner); a test that wants the poller sets this to true.
        builder.UseSetting("Crm:BackgroundTasks:Enabled", "false");
        // UseSetting (rather than ConfigureAppConfiguration) so Program sees the values while it registers services.
        foreach (var (key, value) in Database.Settings.Concat(settings ?? new Dictionary<string, string?>()))
            builder.UseSetting(key, value);
        if (configure is not null) builder.ConfigureServices(configure);
    }
}
