using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCrm.Hosting;
using OrchardCrm.Modules;

namespace OrchardCrm.Testing;

/// <summary>
/// The kernel's real services on a test database, without HTTP: the same registrations as the host
/// (every module's startup), the schema migrated. Use <see cref="ScopeAsync"/> for work in a scope,
/// as a request would do it.
/// </summary>
public sealed class TestShell : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestShell(ServiceProvider provider, TestDatabase database)
    {
        _provider = provider;
        Database = database;
    }

    public TestDatabase Database { get; }

    public IServiceProvider Services => _provider;

    /// <param name="configure">Extra or replacement registrations (a fixed clock, say).</param>
    /// <param name="settings">Extra configuration keys.</param>
    public static async Task<TestShell> StartAsync(TestDatabase database, Action<IServiceCollection>? configure = null, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCrmKernel(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await provider.GetRequiredService<ShellInitializer>().InitializeAsync();
        return new TestShell(provider, database);
    }

    /// <summary>Runs work in a new scope, as one request would.</summary>
    public async Task<T> ScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async Task ScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public Task EnableAsync(params string[] featureIds) =>
        ScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().EnableAsync(featureIds));

    public Task DisableAsync(params string[] featureIds) =>
        ScopeAsync(sp => sp.GetRequiredService<IFeatureManager>().DisableAsync(featureIds));

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
