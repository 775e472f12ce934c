using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>
/// A write's transaction: its own when none is open, otherwise the caller's (a recipe, an import), so
/// that the caller's rollback takes this write back too.
/// </summary>
internal sealed class ContentTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _owned;
    private readonly DatabaseFacade _database;
    private readonly bool _savepoints;

    private ContentTransaction(DatabaseFacade database, IDbContextTransaction? owned)
    {
        _database = database;
        _owned = owned;
        _savepoints = database.AutoSavepointsEnabled;
        // Inside the caller's transaction, EF would wrap each save in a savepoint; a failed write
        // fails the caller's unit of work anyway, so the savepoints are only round trips.
        if (owned is null) database.AutoSavepointsEnabled = false;
    }

    public static async Task<ContentTransaction> BeginAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        new(db.Database, db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_owned is not null) await _owned.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _database.AutoSavepointsEnabled = _savepoints;
        if (_owned is not null) await _owned.DisposeAsync();
    }
}
