using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Settings;

namespace OrchardCrm.Hosting;

/// <summary>
/// Brings a node up: kernel schema migrated, enabled features loaded, and, on a site that is set up,
/// the pending data migrations of enabled features run (what an upgrade added).
/// </summary>
public sealed class ShellInitializer(DatabaseInitializer database, IShellFeatures shell, IServiceScopeFactory scopes)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await database.MigrateAsync(cancellationToken);
        await shell.RefreshAsync(cancellationToken);

        await using var scope = scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<SiteService>().IsSetUpAsync(cancellationToken)) return;
        await scope.ServiceProvider.GetRequiredService<DataMigrationManager>().RunPendingAsync(shell.EnabledFeatureIds, cancellationToken);
    }
}
