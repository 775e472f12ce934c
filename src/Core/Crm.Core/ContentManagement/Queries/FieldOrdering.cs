using System.Linq.Expressions;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>
/// Orders items by a field's indexed value (the smallest, for fields holding several), items without a
/// value last in either direction — SQLite and PostgreSQL disagree on where nulls go, so it is explicit.
/// </summary>
internal static class FieldOrdering
{
    public static IOrderedQueryable<ContentItemIndex> Apply(CrmDbContext db, IQueryable<ContentItemIndex> query, bool first, ResolvedField field, bool descending) =>
        field.IndexKind switch
        {
            FieldIndexKind.Numeric => By(query, first, descending, Key(FieldFilterTranslator.Rows(db.NumericFieldIndex, field), r => (double?)r.Value)),
            FieldIndexKind.Date => By(query, first, descending, Key(FieldFilterTranslator.Rows(db.DateFieldIndex, field), r => (DateTime?)r.Value)),
            FieldIndexKind.Boolean => By(query, first, descending, Key(FieldFilterTranslator.Rows(db.BooleanFieldIndex, field), r => (bool?)r.Value)),
            FieldIndexKind.Reference => By(query, first, descending, Key(FieldFilterTranslator.Rows(db.ReferenceFieldIndex, field), r => r.ReferencedId)),
            _ => By(query, first, descending, Key(FieldFilterTranslator.Rows(db.TextFieldIndex, field), r => r.NormalizedText)),
        };

    /// <summary>i => rows.Where(r => r.DocumentId == i.DocumentId).OrderBy(value).Select(value).FirstOrDefault()</summary>
    private static Expression<Func<ContentItemIndex, TKey>> Key<TRow, TKey>(IQueryable<TRow> rows, Expression<Func<TRow, TKey>> value) where TRow : FieldIndexRecord
    {
        var item = Expression.Parameter(typeof(ContentItemIndex), "i");
        var row = Expression.Parameter(typeof(TRow), "r");
        var sameDocument = Expression.Lambda<Func<TRow, bool>>(
            Expression.Equal(Expression.Property(row, nameof(FieldIndexRecord.DocumentId)), Expression.Property(item, nameof(ContentItemIndex.DocumentId))), row);
        Expression body = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TRow)], rows.Expression, Expression.Quote(sameDocument));
        body = Expression.Call(typeof(Queryable), nameof(Queryable.OrderBy), [typeof(TRow), typeof(TKey)], body, Expression.Quote(value));
        body = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TRow), typeof(TKey)], body, Expression.Quote(value));
        body = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [typeof(TKey)], body);
        return Expression.Lambda<Func<ContentItemIndex, TKey>>(body, item);
    }

    private static IOrderedQueryable<ContentItemIndex> By<TKey>(IQueryable<ContentItemIndex> query, bool first, bool descending, Expression<Func<ContentItemIndex, TKey>> key)
    {
        var missing = Expression.Lambda<Func<ContentItemIndex, bool>>(Expression.Equal(key.Body, Expression.Constant(null, typeof(TKey))), key.Parameters);
        var ordered = ContentQuery.Order(query, first, missing, descending: false);
        return ContentQuery.Order(ordered, first: false, key, descending);
    }
}
