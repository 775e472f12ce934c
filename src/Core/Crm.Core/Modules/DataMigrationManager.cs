using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Modules;

/// <summary>
/// Runs features' data migrations: <c>Create</c> once, then each <c>UpdateFromN</c> whose N is the
/// recorded version, recording the version per migration class after every step.
/// </summary>
public sealed class DataMigrationManager(IEnumerable<IDataMigration> all, FeatureTypeMap types, CrmDbContext db, IClock clock, ILogger<DataMigrationManager> logger)
{
    public async Task RunPendingAsync(IEnumerable<string> featureIds, CancellationToken cancellationToken = default)
    {
        var wanted = new HashSet<string>(featureIds, StringComparer.OrdinalIgnoreCase);
        foreach (var migration in all)
        {
            var feature = types.FeatureOf(migration.GetType());
            if (feature is null || !wanted.Contains(feature)) continue;
            await RunAsync(migration, feature, cancellationToken);
        }
    }

    private async Task RunAsync(IDataMigration migration, string featureId, CancellationToken cancellationToken)
    {
        var className = migration.GetType().FullName!;
        var record = await db.DataMigrations.FirstOrDefaultAsync(r => r.MigrationClass == className, cancellationToken);
        var version = record?.Version ?? 0;
        while (true)
        {
            var step = FindStep(migration, version);
            if (step is null) break;
            logger.LogInformation("Running {Migration}.{Step} for feature {Feature}", className, step.Name, featureId);
            var next = await InvokeAsync(migration, step);
            if (next <= version) throw new InvalidOperationException($"{className}.{step.Name} returned {next}; a step must return a version above {version}.");
            version = next;
            if (record is null)
            {
                record = new DataMigrationRecord { MigrationClass = className, FeatureId = featureId };
                db.DataMigrations.Add(record);
            }
            record.Version = version;
            record.UpdatedUtc = clock.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static MethodInfo? FindStep(IDataMigration migration, int version)
    {
        var names = version == 0 ? new[] { "CreateAsync", "Create" } : [$"UpdateFrom{version}Async", $"UpdateFrom{version}"];
        return names.Select(n => migration.GetType().GetMethod(n, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)).FirstOrDefault(m => m is not null);
    }

    private static async Task<int> InvokeAsync(IDataMigration migration, MethodInfo step)
    {
        var result = step.Invoke(migration, null);
        return result switch
        {
            int version => version,
            Task<int> task => await task,
            _ => throw new InvalidOperationException($"{migration.GetType().FullName}.{step.Name} must return int or Task<int>."),
        };
    }
}
