using Microsoft.EntityFrameworkCore;
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

    private ContentTransaction(IDbContextTransaction? owned) => _owned = owned;

    public static async Task<ContentTransaction> BeginAsync(CrmDbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_owned is not null) await _owned.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null) await _owned.DisposeAsync();
    }
}
