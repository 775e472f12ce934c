using System.Security.Claims;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

internal sealed class WinLossService(DealIndexSets sets, IDealAuthorizer authorizer, IRecordStore records) : IWinLossService
{
    public const string NoCompetitor = "(none)";

    public async Task<WinLossReport> GetAsync(DateOnly from, DateOnly to, ClaimsPrincipal user, string? pipelineId = null, CancellationToken cancellationToken = default)
    {
        var start = UtcDates.FromDate(from)!.Value;
        var end = UtcDates.FromDate(to.AddDays(1))!.Value;
        var context = sets.Context;
        var deals = DealScopeFilter.Apply(sets.PublishedDeals, await authorizer.GetScopeAsync(user, cancellationToken), context)
            .Where(d => d.Status != DealStatuses.Open && d.ClosedUtc >= start && d.ClosedUtc < end);
        if (!string.IsNullOrWhiteSpace(pipelineId)) deals = deals.Where(d => d.PipelineId == pipelineId);
        var rows = await records.ListAsync(deals.Select(d => new { d.Status, d.Amount, d.CloseReason, d.Competitor, d.Owner }), cancellationToken);
        var closed = rows.Select(r => (Won: r.Status == DealStatuses.Won, Amount: r.Amount is { } a ? Math.Round((decimal)a, 2) : 0m, Reason: r.CloseReason ?? "(no reason)", Competitor: r.Competitor ?? NoCompetitor, Owner: r.Owner ?? "")).ToList();

        WinLossTotals Totals(IEnumerable<(bool Won, decimal Amount, string Reason, string Competitor, string Owner)> set)
        {
            var list = set.ToList();
            return new WinLossTotals(list.Count(x => x.Won), list.Where(x => x.Won).Sum(x => x.Amount), list.Count(x => !x.Won), list.Where(x => !x.Won).Sum(x => x.Amount));
        }
        List<WinLossRow> By(IEnumerable<(bool Won, decimal Amount, string Reason, string Competitor, string Owner)> set, Func<(bool Won, decimal Amount, string Reason, string Competitor, string Owner), string> key) =>
            set.GroupBy(key, StringComparer.OrdinalIgnoreCase).Select(g => new WinLossRow(g.Key, Totals(g)))
                .OrderByDescending(r => r.Totals.WonCount + r.Totals.LostCount).ThenBy(r => r.Key, StringComparer.OrdinalIgnoreCase).ToList();

        return new WinLossReport(from, to, Totals(closed),
            By(closed.Where(x => x.Won), x => x.Reason),
            By(closed.Where(x => !x.Won), x => x.Reason),
            By(closed.Where(x => !x.Won), x => x.Competitor),
            By(closed, x => x.Owner));
    }
}
