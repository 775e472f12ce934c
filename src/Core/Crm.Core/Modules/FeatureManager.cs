using Microsoft.EntityFrameworkCore;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Modules;

/// <summary>
/// Enables and disables features with their dependencies and dependents, in the database, moving the
/// features serial so that every node picks the change up at its next request; enabling runs the
/// features' pending data migrations.
/// </summary>
public sealed class FeatureManager(ModuleCatalog catalog, CrmDbContext db, IShellFeatures shell, DataMigrationManager migrations, IClock clock) : IFeatureManager
{
    public IReadOnlyList<FeatureDescriptor> AvailableFeatures => catalog.Features;

    public async Task<IReadOnlySet<string>> GetEnabledFeatureIdsAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.EnabledFeatures.AsNoTracking().Select(f => f.FeatureId).ToListAsync(cancellationToken);
        return new HashSet<string>(ids, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IReadOnlyList<FeatureDescriptor>> GetFeaturesToEnableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var enabled = await GetEnabledFeatureIdsAsync(cancellationToken);
        return WithDependencies(Resolve(ids)).Where(f => !enabled.Contains(f.Id)).ToList();
    }

    public async Task<IReadOnlyList<FeatureDescriptor>> GetFeaturesToDisableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var enabled = await GetEnabledFeatureIdsAsync(cancellationToken);
        return WithDependents(Resolve(ids), enabled).Where(f => enabled.Contains(f.Id)).ToList();
    }

    public async Task<IReadOnlyList<FeatureDescriptor>> EnableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var toEnable = await GetFeaturesToEnableAsync(ids, cancellationToken);
        if (toEnable.Count > 0)
        {
            foreach (var feature in toEnable)
                db.EnabledFeatures.Add(new EnabledFeatureRecord { FeatureId = feature.Id, EnabledUtc = clock.UtcNow });
            await BumpSerialAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await ApplyToShellAsync(cancellationToken);
        }
        // Migrations run for every requested feature (not only those just switched on): an upgrade may have added steps.
        await migrations.RunPendingAsync(WithDependencies(Resolve(ids)).Select(f => f.Id), cancellationToken);
        return toEnable;
    }

    public async Task<IReadOnlyList<FeatureDescriptor>> DisableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var requested = Resolve(ids);
        var alwaysOn = requested.FirstOrDefault(f => f.AlwaysEnabled);
        if (alwaysOn is not null) throw new FeatureException($"Feature '{alwaysOn.Id}' is always enabled and cannot be disabled.");

        var toDisable = await GetFeaturesToDisableAsync(ids, cancellationToken);
        var blocked = toDisable.FirstOrDefault(f => f.AlwaysEnabled);
        if (blocked is not null) throw new FeatureException($"Disabling these features would disable '{blocked.Id}', which is always enabled.");
        if (toDisable.Count == 0) return toDisable;

        var disabledIds = toDisable.Select(f => f.Id).ToList();
        var rows = await db.EnabledFeatures.Where(f => disabledIds.Contains(f.FeatureId)).ToListAsync(cancellationToken);
        db.EnabledFeatures.RemoveRange(rows);
        await BumpSerialAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ApplyToShellAsync(cancellationToken);
        return toDisable;
    }

    private List<FeatureDescriptor> Resolve(IEnumerable<string> ids) =>
        ids.Select(id => catalog.Find(id) ?? throw new FeatureException($"Unknown feature '{id}'.")).ToList();

    /// <summary>The features and everything they depend on, dependencies first.</summary>
    private List<FeatureDescriptor> WithDependencies(IEnumerable<FeatureDescriptor> features)
    {
        var ordered = new List<FeatureDescriptor>();
        var visiting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Visit(FeatureDescriptor feature)
        {
            if (ordered.Contains(feature)) return;
            if (!visiting.Add(feature.Id)) throw new FeatureException($"Feature '{feature.Id}' depends on itself through its dependencies.");
            foreach (var dependency in feature.Dependencies) Visit(catalog.Find(dependency)!);
            ordered.Add(feature);
        }
        foreach (var feature in features) Visit(feature);
        return ordered;
    }

    /// <summary>The features and every enabled feature that depends on them, directly or not.</summary>
    private List<FeatureDescriptor> WithDependents(IEnumerable<FeatureDescriptor> features, IReadOnlySet<string> enabled)
    {
        var result = new List<FeatureDescriptor>(features);
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var candidate in catalog.Features.Where(f => enabled.Contains(f.Id) && !result.Contains(f)))
            {
                if (candidate.Dependencies.Any(d => result.Any(r => string.Equals(r.Id, d, StringComparison.OrdinalIgnoreCase))))
                {
                    result.Add(candidate);
                    changed = true;
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Hands the new enabled set to the shell as this context sees it: inside a recipe's transaction a
    /// fresh connection would still read the committed (old) set.
    /// </summary>
    private async Task ApplyToShellAsync(CancellationToken cancellationToken)
    {
        var serial = await db.ShellState.AsNoTracking().Where(s => s.Id == 1).Select(s => (long?)s.FeaturesSerial).FirstOrDefaultAsync(cancellationToken) ?? 0;
        shell.Apply(serial, await GetEnabledFeatureIdsAsync(cancellationToken));
    }

    private async Task BumpSerialAsync(CancellationToken cancellationToken)
    {
        var state = await db.ShellState.FirstOrDefaultAsync(s => s.Id == 1, cancellationToken);
        if (state is null) db.ShellState.Add(new ShellStateRecord { Id = 1, FeaturesSerial = 1 });
        else state.FeaturesSerial++;
    }
}
