using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrchardCrm.Hosting;

namespace OrchardCrm.Web.Cli;

/// <summary>
/// The kernel on a generic host (no web server) for one command: the same configuration sources as the
/// web host (appsettings.json, environment variables such as Crm__DataDirectory) plus the command
/// line's options; schema migrated and the enabled features loaded before the command runs.
/// </summary>
public sealed class CommandHost : IAsyncDisposable
{
    private readonly IHost _host;

    private CommandHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<CommandHost> StartAsync(CliArguments arguments, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            // appsettings.json is copied beside the application; the data directory stays relative to the working directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(arguments.Configuration);
        // A command's output is its result; logs would mix into it (--verbose sends them to stderr).
        builder.Logging.ClearProviders();
        if (arguments.Verbose) builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddCrmKernel(builder.Configuration);

        var host = builder.Build();
        try
        {
            await host.Services.GetRequiredService<ShellInitializer>().InitializeAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new CommandHost(host);
    }

    public async Task<T> ScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable) await disposable.DisposeAsync();
        else _host.Dispose();
    }
}
