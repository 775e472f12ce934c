using System.Linq.Expressions;

namespace OrchardCrm.Data;

/// <summary>
/// Reads and writes module records (<see cref="ModuleRecord"/>) without a module depending on EF Core.
/// Writes are saved at once and join the transaction that is open (a unit of work, a content write's
/// <c>IContentWriteHandler</c>, a recipe), so they commit or roll back with it.
/// </summary>
public interface IRecordStore
{
    /// <summary>An untracked query; compose it with LINQ and run it with the methods below.</summary>
    IQueryable<T> Query<T>() where T : ModuleRecord;

    Task<List<TResult>> ListAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default);
    Task<TResult?> FirstOrDefaultAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default);
    Task<int> CountAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default);
    Task<bool> AnyAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default);

    Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : ModuleRecord;

    /// <summary>Inserts the records; their <see cref="ModuleRecord.Id"/> is set on return.</summary>
    Task AddAsync<T>(IEnumerable<T> records, CancellationToken cancellationToken = default) where T : ModuleRecord;
    Task AddAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord;

    /// <summary>Writes every property of the record (read it, change it, update it).</summary>
    Task UpdateAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord;

    Task DeleteAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord;

    /// <summary>Deletes every matching row in one statement; returns how many.</summary>
    Task<int> DeleteWhereAsync<T>(Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) where T : ModuleRecord;

    /// <summary>
    /// Sets one property on every matching row in one statement and returns how many rows matched:
    /// an atomic claim (e.g. "mark due timers as taken where still pending") that two nodes cannot both win.
    /// </summary>
    Task<int> UpdateWhereAsync<T, TValue>(Expression<Func<T, bool>> predicate, Expression<Func<T, TValue>> property, TValue value, CancellationToken cancellationToken = default) where T : ModuleRecord;
}
