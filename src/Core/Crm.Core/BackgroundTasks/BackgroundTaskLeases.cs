using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.BackgroundTasks;

/// <summary>
/// The database side of one-node tasks: a run is taken by a single UPDATE that only matches a due row
/// whose lease is free or lapsed, so of several nodes exactly one sees "1 row" and runs it. Each call
/// uses its own scope (its own connection, outside any transaction of the caller), so a claim is
/// visible to the other nodes at once.
/// </summary>
internal sealed class BackgroundTaskLeases(IServiceScopeFactory scopes, ILogger<BackgroundTaskLeases> logger)
{
    /// <summary>This node, as written in the lease: unique per runner, so two hosts in one process are two nodes.</summary>
    public string Owner { get; } = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():n}", 200);

    /// <param name="force">Take the run even if it is not due yet (run now); a lease held by a live node still wins.</param>
    public async Task<bool> TryClaimAsync(string name, DateTime now, TimeSpan leaseTime, bool force, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var expires = now + leaseTime;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var claimable = db.BackgroundTaskStates.Where(s => s.Name == name && (s.LeaseExpiresUtc == null || s.LeaseExpiresUtc < now));
            if (!force) claimable = claimable.Where(s => s.NextRunUtc <= now);
            var claimed = await claimable.ExecuteUpdateAsync(s => s
                .SetProperty(x => x.LeaseOwner, Owner)
                .SetProperty(x => x.LeaseExpiresUtc, expires), cancellationToken);
            if (claimed == 1) return true;
            if (attempt > 0 || await db.BackgroundTaskStates.AnyAsync(s => s.Name == name, cancellationToken)) return false;
            // First sight of the task anywhere: it is due now. Another node may insert the row at the
            // same moment; either insert will do, and the claim above then decides who runs.
            await TryInsertAsync(db, name, now, cancellationToken);
        }
        return false;
    }

    /// <summary>Ends this node's run: schedules the next one from the start of this one and frees the lease.</summary>
    public async Task CompleteAsync(string name, DateTime startedUtc, DateTime nextRunUtc, string? error, long durationMs)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        // Not cancellable: a run that happened must be recorded, or it would run again at once.
        var updated = await db.BackgroundTaskStates.Where(s => s.Name == name && s.LeaseOwner == Owner).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.NextRunUtc, nextRunUtc)
            .SetProperty(x => x.LeaseOwner, (string?)null)
            .SetProperty(x => x.LeaseExpiresUtc, (DateTime?)null)
            .SetProperty(x => x.LastRunUtc, startedUtc)
            .SetProperty(x => x.LastError, error)
            .SetProperty(x => x.LastDurationMs, durationMs), CancellationToken.None);
        if (updated == 0)
            logger.LogWarning("Background task {Task} ran longer than its lease, which another node has taken since; its outcome is not recorded.", name);
    }

    /// <summary>Frees this node's lease without moving the schedule (the run was cancelled or did not start).</summary>
    public async Task ReleaseAsync(string name)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        await db.BackgroundTaskStates.Where(s => s.Name == name && s.LeaseOwner == Owner).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LeaseOwner, (string?)null)
            .SetProperty(x => x.LeaseExpiresUtc, (DateTime?)null), CancellationToken.None);
    }

    public async Task<Dictionary<string, BackgroundTaskStateRecord>> ReadAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var rows = await db.BackgroundTaskStates.AsNoTracking().Where(s => names.Contains(s.Name)).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    private static async Task TryInsertAsync(CrmDbContext db, string name, DateTime now, CancellationToken cancellationToken)
    {
        var row = new BackgroundTaskStateRecord { Name = name, NextRunUtc = now };
        db.BackgroundTaskStates.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node inserted it first (primary key): that is fine, the row exists.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
