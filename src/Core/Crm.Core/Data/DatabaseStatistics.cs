using Microsoft.EntityFrameworkCore;

namespace OrchardCrm.Data;

/// <summary>
/// Keeps SQLite's planner statistics current. Without them it may drive a field-filtered, field-sorted
/// query from the wrong index; PostgreSQL's autovacuum does this by itself. Cheap when nothing changed
/// (SQLite only analyses tables whose size moved a lot, and with a bounded sample).
/// </summary>
public static class DatabaseStatistics
{
    public static async Task RefreshAsync(CrmDbContext db, CancellationToken cancellationToken = default)
    {
        if (!db.Database.IsSqlite()) return;
        await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;", cancellationToken);
    }
}
