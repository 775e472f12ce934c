using System.Security.Claims;
using OrchardCrm.Data;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// Reads a few columns of the deals in range in one query and groups them here (amounts are doubles in
/// the index; money is summed as decimal). Categories and probabilities are the stages' current ones.
/// </summary>
internal sealed class ForecastService(DealIndexSets sets, IDealAuthorizer authorizer, IPipelineService pipelines, IRecordStore records) : IForecastService
{
    private sealed record DealRow(string Id, string Name, string? Owner, string? PipelineId, string? StageId, string Status, string? Category, int Probability, double? Amount, DateTime? ExpectedCloseDate, DateTime? ClosedUtc);

    public async Task<ForecastReport> GetAsync(ForecastQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var all = await pipelines.ListAsync(cancellationToken);
        var deals = await LoadAsync(query, user, cancellationToken);
        var rows = deals
            .Select(d => (Deal: d, Date: DateOf(d), Stage: StageOf(all, d)))
            .Where(x => x.Date is { } date && date >= query.From && date <= query.To)
            .GroupBy(x => (Period: PeriodStart(query.Period, x.Date!.Value), Owner: x.Deal.Owner ?? "", Category: CategoryOf(x.Stage, x.Deal)))
            .Select(g => new ForecastRow(g.Key.Period, ForecastReport.Label(query.Period, g.Key.Period), g.Key.Owner, g.Key.Category, g.Count(),
                g.Sum(x => Money(x.Deal.Amount)),
                g.Sum(x => Math.Round(Money(x.Deal.Amount) * (x.Stage?.Probability ?? x.Deal.Probability) / 100m, 2))))
            .OrderBy(r => r.PeriodStart).ThenBy(r => r.Owner, StringComparer.Ordinal).ThenBy(r => r.Category)
            .ToList();
        return new ForecastReport(query, Periods(query), rows);
    }

    public async Task<ForecastChange> ChangeSinceAsync(ForecastQuery query, DateTime sinceUtc, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var since = UtcDates.Utc(sinceUtc);
        var all = await pipelines.ListAsync(cancellationToken);
        var deals = await LoadAsync(query, user, cancellationToken);
        var ids = deals.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var past = await records.ListAsync(records.Query<DealHistoryRecord>().Where(r => r.ChangedUtc <= since)
            .Select(r => new { r.Id, r.DealId, r.ChangedUtc, r.Category, r.AmountAfter, r.CloseDateAfter }), cancellationToken);
        var then = past.Where(r => ids.Contains(r.DealId)).GroupBy(r => r.DealId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.ChangedUtc).ThenBy(r => r.Id).Last());

        bool InRange(DateOnly? date) => date is { } d && d >= query.From && d <= query.To;
        var changes = new List<ForecastDealChange>();
        var sumThen = new Dictionary<ForecastCategory, decimal>();
        var sumNow = new Dictionary<ForecastCategory, decimal>();
        foreach (var deal in deals)
        {
            var categoryNow = CategoryOf(StageOf(all, deal), deal);
            var amountNow = Money(deal.Amount);
            var dateNow = DateOf(deal);
            then.TryGetValue(deal.Id, out var old);
            ForecastCategory? categoryThen = old?.Category is { } c && Enum.TryParse<ForecastCategory>(c, out var parsed) ? parsed : null;
            var amountThen = old is null ? (decimal?)null : Money(old.AmountAfter);
            var dateThen = old is null ? null : UtcDates.ToDate(old.CloseDateAfter);
            if (InRange(dateNow)) sumNow[categoryNow] = sumNow.GetValueOrDefault(categoryNow) + amountNow;
            if (categoryThen is { } ct && InRange(dateThen)) sumThen[ct] = sumThen.GetValueOrDefault(ct) + (amountThen ?? 0);
            if (!InRange(dateNow) && !InRange(dateThen)) continue;
            if (old is not null && categoryThen == categoryNow && amountThen == amountNow && dateThen == CloseDateOf(deal)) continue;
            changes.Add(new ForecastDealChange(deal.Id, deal.Name, deal.Owner, categoryThen, categoryNow, amountThen, amountNow, dateThen, dateNow));
        }
        return new ForecastChange(since, changes.OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList(), sumThen, sumNow);
    }

    private async Task<List<DealRow>> LoadAsync(ForecastQuery query, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var context = sets.Context;
        var deals = DealScopeFilter.Apply(sets.PublishedDeals, await authorizer.GetScopeAsync(user, cancellationToken), context);
        if (!string.IsNullOrWhiteSpace(query.PipelineId)) deals = deals.Where(d => d.PipelineId == query.PipelineId);
        if (!string.IsNullOrWhiteSpace(query.Owner))
        {
            var owner = query.Owner.Trim().ToLowerInvariant();
            deals = deals.Where(d => d.Owner == owner);
        }
        return await records.ListAsync(deals.Select(d => new DealRow(d.ContentItemId, d.Name, d.Owner, d.PipelineId, d.StageId, d.Status, d.ForecastCategory, d.Probability, d.Amount, d.ExpectedCloseDate, d.ClosedUtc)), cancellationToken);
    }

    private static StageDefinition? StageOf(IReadOnlyList<Pipeline> all, DealRow deal) => all.FirstOrDefault(p => p.Id == deal.PipelineId)?.FindStage(deal.StageId);

    private static ForecastCategory CategoryOf(StageDefinition? stage, DealRow deal) =>
        stage?.ForecastCategory ?? (Enum.TryParse<ForecastCategory>(deal.Category, out var c) ? c : ForecastCategory.Pipeline);

    /// <summary>The day a deal counts in: the day it closed once closed, else its expected close date.</summary>
    private static DateOnly? DateOf(DealRow deal) => deal.Status != DealStatuses.Open && deal.ClosedUtc is { } closed ? DateOnly.FromDateTime(closed) : UtcDates.ToDate(deal.ExpectedCloseDate);

    private static DateOnly? CloseDateOf(DealRow deal) => UtcDates.ToDate(deal.ExpectedCloseDate);

    private static decimal Money(double? value) => value is { } v ? Math.Round((decimal)v, 2) : 0;

    internal static DateOnly PeriodStart(ForecastPeriod period, DateOnly date) =>
        period == ForecastPeriod.Quarter ? new DateOnly(date.Year, (date.Month - 1) / 3 * 3 + 1, 1) : new DateOnly(date.Year, date.Month, 1);

    private static IReadOnlyList<DateOnly> Periods(ForecastQuery query)
    {
        var list = new List<DateOnly>();
        for (var start = PeriodStart(query.Period, query.From); start <= query.To && list.Count < 240; start = start.AddMonths(query.Period == ForecastPeriod.Quarter ? 3 : 1))
            list.Add(start);
        return list;
    }
}
