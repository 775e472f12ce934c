using Microsoft.EntityFrameworkCore.Storage;

namespace OrchardCrm.Data;

/// <summary>A database transaction on the request's context, or nothing when one is already open (the outer one decides).</summary>
internal sealed class UnitOfWork(CrmDbContext db) : IUnitOfWork
{
    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken = default) =>
        new Scope(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);

    private sealed class Scope(IDbContextTransaction? owned) : IUnitOfWorkScope
    {
        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (owned is not null) await owned.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            if (owned is not null) await owned.DisposeAsync();
        }
    }
}
