using Microsoft.EntityFrameworkCore;
using OrchardCrm.Data;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>Hands module filters the tables they may compose sub-queries on, read-only.</summary>
internal sealed class ContentQueryContext(CrmDbContext db) : IContentQueryContext
{
    public IQueryable<TIndex> Set<TIndex>() where TIndex : class => db.Set<TIndex>().AsNoTracking();
}
