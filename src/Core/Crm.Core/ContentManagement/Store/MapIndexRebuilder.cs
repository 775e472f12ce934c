using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>
/// Empties the index's table and maps the live versions again, in batches so a large store never sits in
/// memory at once. Every registered provider of the index is used, enabled or not: the caller asked for
/// this index by name, typically from the migration of the feature that is being enabled.
/// </summary>
internal sealed class MapIndexRebuilder(CrmDbContext db, IEnumerable<IIndexProvider> providers) : IMapIndexRebuilder
{
    private const int BatchSize = 500;

    public async Task<int> RebuildAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : MapIndex
    {
        var mappers = providers.Where(p => p.IndexType == typeof(TIndex)).ToList();
        await db.Set<TIndex>().ExecuteDeleteAsync(cancellationToken);

        var mapped = 0;
        long after = 0;
        while (true)
        {
            var batch = await db.ContentItems.AsNoTracking()
                .Where(r => r.Id > after && (r.Latest || r.Published) && !r.Removed)
                .OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            var rows = new List<TIndex>();
            foreach (var record in batch)
            {
                var item = ContentItemMapper.ToItem(record);
                foreach (var row in mappers.SelectMany(m => m.Map(item)).OfType<TIndex>())
                {
                    row.DocumentId = record.Id;
                    row.ContentItemId = record.ContentItemId;
                    rows.Add(row);
                }
            }
            db.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
            mapped += batch.Count;
            after = batch[^1].Id;
        }
        return mapped;
    }
}
