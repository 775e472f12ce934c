using System.Security.Claims;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

internal sealed class DealBoardQuery(DealIndexSets sets, IDealAuthorizer authorizer, IPipelineService pipelines, DealCardQuery cards, IRecordStore records, IClock clock) : IDealBoardQuery
{
    /// <summary>Closed columns show what closed recently, not the whole past.</summary>
    public static readonly TimeSpan ClosedColumnWindow = TimeSpan.FromDays(30);

    public async Task<DealBoard?> GetBoardAsync(string pipelineId, DealBoardFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var pipeline = await pipelines.GetAsync(pipelineId, cancellationToken);
        if (pipeline is null) return null;
        var now = UtcDates.Utc(clock.UtcNow);
        var deals = await FilteredAsync(pipelineId, filter, user, now, cancellationToken);
        var context = sets.Context;
        var all = await pipelines.ListAsync(cancellationToken);
        var list = await cards.ListAsync(DealCardQuery.Project(deals, context, now), all, now, cancellationToken);
        var byStage = list.ToLookup(c => c.StageId ?? "");
        var columns = pipeline.OrderedStages.Select(stage =>
        {
            var stageCards = byStage[stage.Id].OrderBy(c => c.ExpectedCloseDate ?? DateOnly.MaxValue).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
            var total = stageCards.Sum(c => c.Amount ?? 0);
            return new DealColumn(stage, stageCards.Count, total, Weighted(total, stage), stageCards);
        }).ToList();
        return new DealBoard(pipeline, columns, filter);
    }

    public async Task<IReadOnlyList<DealColumnTotals>> GetColumnTotalsAsync(string pipelineId, IReadOnlyCollection<string> stageIds, DealBoardFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var pipeline = await pipelines.GetAsync(pipelineId, cancellationToken);
        if (pipeline is null) return [];
        var now = UtcDates.Utc(clock.UtcNow);
        var ids = stageIds.ToList();
        var deals = (await FilteredAsync(pipelineId, filter, user, now, cancellationToken)).Where(d => ids.Contains(d.StageId!));
        // Amounts are summed here, not in SQL: SQLite's SUM of REAL is fine, but keeping decimal rounding in one place is simpler.
        var rows = await records.ListAsync(deals.Select(d => new { d.StageId, d.Amount }), cancellationToken);
        return ids.Select(id =>
        {
            var stage = pipeline.FindStage(id);
            var inStage = rows.Where(r => r.StageId == id).ToList();
            var total = inStage.Sum(r => r.Amount is { } a ? Math.Round((decimal)a, 2) : 0);
            return new DealColumnTotals(id, inStage.Count, total, stage is null ? 0 : Weighted(total, stage));
        }).ToList();
    }

    public async Task<DealCard?> GetCardAsync(string dealId, CancellationToken cancellationToken = default)
    {
        var now = UtcDates.Utc(clock.UtcNow);
        var deals = sets.PublishedDeals.Where(d => d.ContentItemId == dealId);
        var list = await cards.ListAsync(DealCardQuery.Project(deals, sets.Context, now), await pipelines.ListAsync(cancellationToken), now, cancellationToken);
        return list.FirstOrDefault();
    }

    public async Task<DealListPage> ListAsync(DealListQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var now = UtcDates.Utc(clock.UtcNow);
        var context = sets.Context;
        var deals = sets.PublishedDeals;
        deals = DealScopeFilter.Apply(deals, await authorizer.GetScopeAsync(user, cancellationToken), context);
        if (!string.IsNullOrWhiteSpace(query.PipelineId)) deals = deals.Where(d => d.PipelineId == query.PipelineId);
        if (!string.IsNullOrWhiteSpace(query.StageId)) deals = deals.Where(d => d.StageId == query.StageId);
        if (!string.IsNullOrWhiteSpace(query.Status)) deals = deals.Where(d => d.Status == query.Status);
        if (!string.IsNullOrWhiteSpace(query.AccountId)) deals = deals.Where(d => d.AccountId == query.AccountId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLower();
            deals = deals.Where(d => d.Name.ToLower().Contains(search));
        }
        deals = ApplyFilter(deals, query.Filter ?? DealBoardFilter.None);
        var all = await pipelines.ListAsync(cancellationToken);
        var projected = DealCardQuery.Project(deals, context, now);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, 500);

        if (query.RottingOnly || query.Sort == DealSort.Idle)
        {
            // Rotting depends on each stage's threshold: decided on the cards (a few columns per deal, no documents).
            var every = await cards.ListAsync(projected, all, now, cancellationToken);
            IEnumerable<DealCard> chosen = query.RottingOnly ? every.Where(c => c.Rotting) : every;
            chosen = query.Descending ? chosen.OrderByDescending(c => c.IdleSinceUtc) : chosen.OrderBy(c => c.IdleSinceUtc);
            var chosenList = chosen.ToList();
            return new DealListPage(chosenList.Skip((page - 1) * size).Take(size).ToList(), chosenList.Count, page, size);
        }

        var total = await records.CountAsync(deals, cancellationToken);
        var ordered = (query.Sort, query.Descending) switch
        {
            (DealSort.Amount, false) => projected.OrderBy(r => r.Amount),
            (DealSort.Amount, true) => projected.OrderByDescending(r => r.Amount),
            (DealSort.Name, false) => projected.OrderBy(r => r.Name),
            (DealSort.Name, true) => projected.OrderByDescending(r => r.Name),
            (DealSort.Stage, false) => projected.OrderBy(r => r.StageId),
            (DealSort.Stage, true) => projected.OrderByDescending(r => r.StageId),
            (DealSort.Owner, false) => projected.OrderBy(r => r.Owner),
            (DealSort.Owner, true) => projected.OrderByDescending(r => r.Owner),
            (DealSort.Modified, false) => projected.OrderBy(r => r.RowVersion),
            (DealSort.Modified, true) => projected.OrderByDescending(r => r.RowVersion),
            (_, false) => projected.OrderBy(r => r.ExpectedCloseDate),
            (_, true) => projected.OrderByDescending(r => r.ExpectedCloseDate),
        };
        var rows = ordered.ThenBy(r => r.Id).Skip((page - 1) * size).Take(size);
        return new DealListPage(await cards.ListAsync(rows, all, now, cancellationToken), total, page, size);
    }

    private async Task<IQueryable<DealIndex>> FilteredAsync(string pipelineId, DealBoardFilter filter, ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
    {
        var context = sets.Context;
        var deals = sets.PublishedDeals.Where(d => d.PipelineId == pipelineId);
        deals = DealScopeFilter.Apply(deals, await authorizer.GetScopeAsync(user, cancellationToken), context);
        if (filter.CloseFrom is null && filter.CloseTo is null)
        {
            var since = now - ClosedColumnWindow;
            deals = deals.Where(d => d.Status == DealStatuses.Open || d.ClosedUtc >= since);
        }
        return ApplyFilter(deals, filter);
    }

    internal static IQueryable<DealIndex> ApplyFilter(IQueryable<DealIndex> deals, DealBoardFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Owner))
        {
            var owner = filter.Owner.Trim().ToLowerInvariant();
            deals = deals.Where(d => d.Owner == owner);
        }
        if (UtcDates.FromDate(filter.CloseFrom) is { } from) deals = deals.Where(d => d.ExpectedCloseDate >= from);
        if (UtcDates.FromDate(filter.CloseTo) is { } to) deals = deals.Where(d => d.ExpectedCloseDate <= to);
        if (filter.AmountMin is { } min) { var m = (double)min; deals = deals.Where(d => d.Amount >= m); }
        if (filter.AmountMax is { } max) { var m = (double)max; deals = deals.Where(d => d.Amount <= m); }
        foreach (var tag in filter.Tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag)) continue;
            var pattern = ";" + tag.Trim().ToLowerInvariant() + ";";
            deals = deals.Where(d => d.Tags != null && d.Tags.Contains(pattern));
        }
        return deals;
    }

    private static decimal Weighted(decimal total, StageDefinition stage) => Math.Round(total * stage.Probability / 100m, 2);
}
