using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Store;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>
/// A content query composed on the content-item index. Field filters become sub-queries on the typed
/// field indexes and map index filters sub-queries on the module's table, so the database does all the
/// filtering, sorting and paging; only the page's documents are loaded.
/// </summary>
internal sealed class ContentQuery(CrmDbContext db, IContentDefinitionManager definitions, string[] contentTypes) : IContentQuery
{
    private delegate Task<IQueryable<ContentItemIndex>> Step(IQueryable<ContentItemIndex> query);
    private delegate Task<IOrderedQueryable<ContentItemIndex>> OrderStep(IQueryable<ContentItemIndex> query, bool first);

    private readonly List<string> _types = [.. contentTypes];
    private readonly List<Step> _filters = [];
    private readonly List<OrderStep> _orders = [];
    private bool _latest;

    public IContentQuery OfType(params string[] types)
    {
        _types.Clear();
        _types.AddRange(types);
        return this;
    }

    public IContentQuery Latest() { _latest = true; return this; }

    public IContentQuery Published() { _latest = false; return this; }

    public IContentQuery OwnedBy(params string[] owners)
    {
        var list = owners.ToList();
        return Where(i => list.Contains(i.Owner!));
    }

    public IContentQuery DisplayTextContains(string text)
    {
        var lowered = text.Trim().ToLowerInvariant();
        return Where(i => i.DisplayText.ToLower().Contains(lowered));
    }

    public IContentQuery Where(FieldFilter filter)
    {
        _filters.Add(async query => FieldFilterTranslator.Apply(db, query, await ResolveAsync(filter.PartName, filter.FieldName, filter.SubField), filter));
        return this;
    }

    public IContentQuery WhereIndex<TIndex>(Expression<Func<TIndex, bool>> predicate) where TIndex : MapIndex
    {
        var documentIds = db.Set<TIndex>().AsNoTracking().Where(predicate).Select(x => x.DocumentId);
        return Where(i => documentIds.Contains(i.DocumentId));
    }

    public IContentQuery Where(Expression<Func<ContentItemIndex, bool>> predicate)
    {
        _filters.Add(query => Task.FromResult(query.Where(predicate)));
        return this;
    }

    public IContentQuery Where(IContentQueryFilter filter)
    {
        _filters.Add(query => Task.FromResult(filter.Apply(query, new ContentQueryContext(db))));
        return this;
    }

    public IContentQuery OrderBy(ContentOrder order, bool descending = false)
    {
        _orders.Add((query, first) => Task.FromResult(order switch
        {
            ContentOrder.DisplayText => Order(query, first, i => i.DisplayText, descending),
            ContentOrder.CreatedUtc => Order(query, first, i => i.CreatedUtc, descending),
            ContentOrder.PublishedUtc => Order(query, first, i => i.PublishedUtc, descending),
            ContentOrder.ContentType => Order(query, first, i => i.ContentType, descending),
            ContentOrder.Owner => Order(query, first, i => i.Owner, descending),
            _ => Order(query, first, i => i.ModifiedUtc, descending),
        }));
        return this;
    }

    public IContentQuery OrderByField(string partName, string fieldName, bool descending = false, string? subField = null)
    {
        _orders.Add(async (query, first) =>
        {
            var field = await ResolveAsync(partName, fieldName, subField);
            return FieldOrdering.Apply(db, query, first, field, descending);
        });
        return this;
    }

    public IContentQuery OrderByIndex<TIndex, TKey>(Expression<Func<TIndex, TKey>> key, bool descending = false) where TIndex : MapIndex
    {
        _orders.Add((query, first) => Task.FromResult(Order(query, first, MapIndexOrdering.KeyOf(db, key), descending)));
        return this;
    }

    public async Task<ContentQueryResult> ListAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Max(pageSize, 1);
        var filtered = await BuildAsync();
        var total = await filtered.CountAsync(cancellationToken);
        var ordered = await OrderAsync(filtered);
        var documentIds = await ordered.Skip((page - 1) * pageSize).Take(pageSize).Select(i => i.DocumentId).ToListAsync(cancellationToken);
        return new ContentQueryResult(await LoadAsync(documentIds, cancellationToken), total, page, pageSize);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        await (await BuildAsync()).CountAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        var ordered = await OrderAsync(await BuildAsync());
        return await ordered.Select(i => i.ContentItemId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TResult>> SelectIndexAsync<TIndex, TResult>(Expression<Func<TIndex, TResult>> selector, CancellationToken cancellationToken = default) where TIndex : MapIndex
    {
        var documentIds = (await BuildAsync()).Select(i => i.DocumentId);
        return await db.Set<TIndex>().AsNoTracking().Where(x => documentIds.Contains(x.DocumentId)).Select(selector).ToListAsync(cancellationToken);
    }

    private async Task<IQueryable<ContentItemIndex>> BuildAsync()
    {
        IQueryable<ContentItemIndex> query = db.ContentItemIndex.AsNoTracking();
        query = _latest ? query.Where(i => i.Latest) : query.Where(i => i.Published);
        if (_types.Count == 1)
        {
            var type = _types[0];
            query = query.Where(i => i.ContentType == type);
        }
        else if (_types.Count > 1)
        {
            var types = _types.ToList();
            query = query.Where(i => types.Contains(i.ContentType));
        }
        foreach (var filter in _filters) query = await filter(query);
        return query;
    }

    private async Task<IOrderedQueryable<ContentItemIndex>> OrderAsync(IQueryable<ContentItemIndex> query)
    {
        IOrderedQueryable<ContentItemIndex>? ordered = null;
        foreach (var order in _orders) ordered = await order(ordered ?? query, ordered is null);
        ordered ??= query.OrderByDescending(i => i.ModifiedUtc);
        // A unique last key keeps paging stable when sort values tie.
        return ordered.ThenBy(i => i.DocumentId);
    }

    private async Task<IReadOnlyList<ContentItem>> LoadAsync(List<long> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0) return [];
        var records = await db.ContentItems.AsNoTracking().Where(r => documentIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        return documentIds.Where(records.ContainsKey).Select(id => ContentItemMapper.ToItem(records[id])).ToList();
    }

    /// <summary>Finds the field among the query's types (all types when none), so its index table and exact names are known.</summary>
    private async Task<ResolvedField> ResolveAsync(string partName, string fieldName, string? subField)
    {
        var types = _types.Count > 0 ? _types : (await definitions.ListTypeDefinitionsAsync()).Select(t => t.Name).ToList();
        foreach (var type in types)
        {
            foreach (var (part, field) in await definitions.GetFieldsAsync(type))
            {
                if (string.Equals(part, partName, StringComparison.OrdinalIgnoreCase) && string.Equals(field.Name, fieldName, StringComparison.OrdinalIgnoreCase))
                    return new ResolvedField(part, field.Name, subField ?? "", FieldIndexKindResolver.Resolve(field.FieldKind, subField));
            }
        }
        var scope = _types.Count > 0 ? string.Join(", ", _types) : "any content type";
        throw new ContentQueryException($"There is no field '{partName}.{fieldName}' on {scope}.");
    }

    internal static IOrderedQueryable<T> Order<T, TKey>(IQueryable<T> query, bool first, Expression<Func<T, TKey>> key, bool descending)
    {
        if (first) return descending ? query.OrderByDescending(key) : query.OrderBy(key);
        var ordered = (IOrderedQueryable<T>)query;
        return descending ? ordered.ThenByDescending(key) : ordered.ThenBy(key);
    }
}
