using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Deals.Indexes;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// The index tables as LINQ sources for projections (the board reads a few columns of 2,000 deals, not
/// their documents). The kernel hands index sets to content-query filters only, so this borrows them
/// through a filter that matches nothing: the price is one trivial COUNT per request scope. Queries
/// built on them run through <c>IRecordStore.ListAsync</c> on the same DbContext.
/// (A kernel service exposing <see cref="IContentQueryContext"/> directly would remove the detour.)
/// </summary>
internal sealed class DealIndexSets(IContentQueryFactory queries)
{
    private IContentQueryContext? _context;

    public async Task<IContentQueryContext> ContextAsync(CancellationToken cancellationToken)
    {
        if (_context is not null) return _context;
        var capture = new CaptureFilter();
        await queries.Query(Models.DealTypes.Deal).Where(capture).CountAsync(cancellationToken);
        return _context = capture.Context ?? throw new InvalidOperationException("The content query did not apply its filter.");
    }

    /// <summary>Published deal index rows (one per deal).</summary>
    public async Task<IQueryable<DealIndex>> PublishedDealsAsync(CancellationToken cancellationToken)
    {
        var context = await ContextAsync(cancellationToken);
        var published = context.Set<ContentItemIndex>().Where(i => i.Published && i.ContentType == Models.DealTypes.Deal).Select(i => i.DocumentId);
        return context.Set<DealIndex>().Where(d => published.Contains(d.DocumentId));
    }

    private sealed class CaptureFilter : IContentQueryFilter
    {
        public IContentQueryContext? Context { get; private set; }

        public IQueryable<ContentItemIndex> Apply(IQueryable<ContentItemIndex> query, IContentQueryContext context)
        {
            Context = context;
            return query.Where(i => false);
        }
    }
}
