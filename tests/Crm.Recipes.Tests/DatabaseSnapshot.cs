using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Recipes.Tests;

/// <summary>
/// What a user or another node could observe of the database, as comparable lines: every document's
/// serial, the enabled features and the features serial, the data migrations' versions, and the row
/// counts of content, indexes, audit trail, users and roles. Equal snapshots: nothing changed.
/// </summary>
public static class DatabaseSnapshot
{
    public static Task<List<string>> TakeAsync(TestShell shell) => shell.ScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<CrmDbContext>();
        var lines = new List<string>();
        foreach (var d in await db.Documents.AsNoTracking().OrderBy(d => d.Name).ToListAsync())
            lines.Add($"document {d.Name} serial {d.Serial}");
        foreach (var f in await db.EnabledFeatures.AsNoTracking().Select(f => f.FeatureId).OrderBy(f => f).ToListAsync())
            lines.Add($"enabled {f}");
        lines.Add($"features serial {await db.ShellState.AsNoTracking().Select(s => s.FeaturesSerial).FirstOrDefaultAsync()}");
        foreach (var m in await db.DataMigrations.AsNoTracking().OrderBy(m => m.MigrationClass).ToListAsync())
            lines.Add($"migration {m.MigrationClass} {m.Version}");
        lines.Add($"content rows {await db.ContentItems.CountAsync()}");
        lines.Add($"content index rows {await db.ContentItemIndex.CountAsync()}");
        lines.Add($"text index rows {await db.TextFieldIndex.CountAsync()}");
        lines.Add($"numeric index rows {await db.NumericFieldIndex.CountAsync()}");
        lines.Add($"audit rows {await db.AuditTrailEvents.CountAsync()}");
        lines.Add($"users {await db.Users.CountAsync()}");
        lines.Add($"roles {await db.Roles.CountAsync()}");
        lines.Add($"role claims {await db.RoleClaims.CountAsync()}");
        return lines;
    });
}
