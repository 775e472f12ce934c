using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Data;

/// <summary>Brings the kernel schema up to date (EF Core migrations of the configured provider) and turns on SQLite's WAL mode.</summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
            if (db.Database.IsSqlite())
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
                await db.Database.CloseConnectionAsync();
            }
            await db.Database.MigrateAsync(cancellationToken);
            await DatabaseStatistics.RefreshAsync(db, cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        try { return await db.Database.CanConnectAsync(cancellationToken); }
        catch { return false; }
    }
}
