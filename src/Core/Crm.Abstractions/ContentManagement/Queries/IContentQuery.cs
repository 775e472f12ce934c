using System.Linq.Expressions;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>Creates content queries.</summary>
public interface IContentQueryFactory
{
    /// <summary>A query over the published versions of the given types (all types when none).</summary>
    IContentQuery Query(params string[] contentTypes);
}

/// <summary>
/// A query on content items, translated to SQL on the indexes (never filtered in memory). Filters are
/// combined with AND. The result is one page of items and the total count.
/// </summary>
public interface IContentQuery
{
    IContentQuery OfType(params string[] contentTypes);

    /// <summary>Latest versions (drafts included) instead of published ones.</summary>
    IContentQuery Latest();

    IContentQuery Published();

    IContentQuery OwnedBy(params string[] owners);

    IContentQuery DisplayTextContains(string text);

    IContentQuery Where(FieldFilter filter);

    /// <summary>Items having at least one row of the map index matching the predicate.</summary>
    IContentQuery WhereIndex<TIndex>(Expression<Func<TIndex, bool>> predicate) where TIndex : MapIndex;

    /// <summary>A condition on the content-item index.</summary>
    IContentQuery Where(Expression<Func<ContentItemIndex, bool>> predicate);

    /// <summary>A filter contributed by a module: it may compose any SQL-translatable condition.</summary>
    IContentQuery Where(IContentQueryFilter filter);

    IContentQuery OrderBy(ContentOrder order, bool descending = false);

    /// <summary>Orders by a field's indexed value (items without one come last).</summary>
    IContentQuery OrderByField(string partName, string fieldName, bool descending = false, string? subField = null);

    IContentQuery OrderByIndex<TIndex, TKey>(Expression<Func<TIndex, TKey>> key, bool descending = false) where TIndex : MapIndex;

    /// <summary>One page (1-based) and the total count.</summary>
    Task<ContentQueryResult> ListAsync(int page = 1, int pageSize = 20, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids of all matching items, in order (for exports and bulk actions).</summary>
    Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Values read from a map index's rows of the matching items, without loading the items: for
    /// roll-ups and boards that need a few columns of many items (e.g. <c>i => new { i.AccountId, i.ContactId }</c>).
    /// One row per index row, so an item with several rows gives several values.
    /// </summary>
    Task<IReadOnlyList<TResult>> SelectIndexAsync<TIndex, TResult>(Expression<Func<TIndex, TResult>> selector, CancellationToken cancellationToken = default) where TIndex : MapIndex;
}

public enum ContentOrder { DisplayText, CreatedUtc, ModifiedUtc, PublishedUtc, ContentType, Owner }

public sealed record ContentQueryResult(IReadOnlyList<ContentItem> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

/// <summary>Gives module filters the index tables to compose conditions against.</summary>
/// <summary>
/// The index tables (the content-item index, the field indexes and the modules' map indexes) as
/// read-only LINQ sources: handed to query filters, and injectable where a module reads a few columns of
/// many items (a board, a report); run such queries with <c>IRecordStore.ListAsync</c>.
/// </summary>
public interface IContentQueryContext
{
    IQueryable<TIndex> Set<TIndex>() where TIndex : class;
}

/// <summary>A module's extension of the query API.</summary>
public interface IContentQueryFilter
{
    IQueryable<ContentItemIndex> Apply(IQueryable<ContentItemIndex> query, IContentQueryContext context);
}
