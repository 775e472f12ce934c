using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Deals.Indexes;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// The index tables as LINQ sources for projections (the board reads a few columns of 2,000 deals, not
/// their documents). Queries built on them run through <c>IRecordStore.ListAsync</c> on the same DbContext.
/// </summary>
internal sealed class DealIndexSets(IContentQueryContext context)
{
    public IContentQueryContext Context => context;

    /// <summary>Published deal index rows (one per deal).</summary>
    public IQueryable<DealIndex> PublishedDeals
    {
        get
        {
            var published = context.Set<ContentItemIndex>().Where(i => i.Published && i.ContentType == Models.DealTypes.Deal).Select(i => i.DocumentId);
            return context.Set<DealIndex>().Where(d => published.Contains(d.DocumentId));
        }
    }
}
