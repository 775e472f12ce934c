using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace OrchardCrm.Data;

/// <summary>
/// Module records on the kernel's DbContext. Each write saves at once (inside whatever transaction is
/// open) and detaches what it saved, so a record a module keeps in hand never shadows a later read.
/// </summary>
internal sealed class RecordStore(CrmDbContext db) : IRecordStore
{
    public IQueryable<T> Query<T>() where T : ModuleRecord => db.Set<T>().AsNoTracking();

    public Task<List<TResult>> ListAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) =>
        query.ToListAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) =>
        query.FirstOrDefaultAsync(cancellationToken);

    public Task<int> CountAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) =>
        query.CountAsync(cancellationToken);

    public Task<bool> AnyAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) =>
        query.AnyAsync(cancellationToken);

    public Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : ModuleRecord =>
        db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public Task AddAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord =>
        AddAsync([record], cancellationToken);

    public async Task AddAsync<T>(IEnumerable<T> records, CancellationToken cancellationToken = default) where T : ModuleRecord
    {
        var list = records.ToList();
        if (list.Count == 0) return;
        db.Set<T>().AddRange(list);
        await SaveAndDetachAsync(list, cancellationToken);
    }

    public async Task UpdateAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord
    {
        db.Set<T>().Update(record);
        await SaveAndDetachAsync([record], cancellationToken);
    }

    public async Task DeleteAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord
    {
        db.Set<T>().Remove(record);
        await SaveAndDetachAsync([record], cancellationToken);
    }

    public Task<int> DeleteWhereAsync<T>(Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) where T : ModuleRecord =>
        db.Set<T>().Where(predicate).ExecuteDeleteAsync(cancellationToken);

    public Task<int> UpdateWhereAsync<T, TValue>(Expression<Func<T, bool>> predicate, Expression<Func<T, TValue>> property, TValue value, CancellationToken cancellationToken = default) where T : ModuleRecord
        => db.Set<T>().Where(predicate).ExecuteUpdateAsync(s => s.SetProperty(property, value), cancellationToken);

    private async Task SaveAndDetachAsync<T>(IReadOnlyList<T> records, CancellationToken cancellationToken) where T : ModuleRecord
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            foreach (var record in records) db.Entry(record).State = EntityState.Detached;
        }
    }
}
