using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>Builds a sort key from a module's map index: the key of the item's first row in that index.</summary>
internal static class MapIndexOrdering
{
    public static Expression<Func<ContentItemIndex, TKey>> KeyOf<TIndex, TKey>(CrmDbContext db, Expression<Func<TIndex, TKey>> key) where TIndex : MapIndex
    {
        var rows = db.Set<TIndex>().AsNoTracking();
        var item = Expression.Parameter(typeof(ContentItemIndex), "i");
        var row = Expression.Parameter(typeof(TIndex), "x");
        var sameDocument = Expression.Lambda<Func<TIndex, bool>>(
            Expression.Equal(Expression.Property(row, nameof(MapIndex.DocumentId)), Expression.Property(item, nameof(ContentItemIndex.DocumentId))), row);
        Expression body = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TIndex)], rows.Expression, Expression.Quote(sameDocument));
        body = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TIndex), typeof(TKey)], body, Expression.Quote(key));
        body = Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), [typeof(TKey)], body);
        return Expression.Lambda<Func<ContentItemIndex, TKey>>(body, item);
    }
}
