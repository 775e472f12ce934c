using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;

namespace OrchardCrm.Deals.Services;

internal sealed class DealQueries(DealIndexSets sets, IPipelineService pipelines, DealCardQuery cards, IRecordStore records, IClock clock) : IDealQueries
{
    public async Task<IReadOnlyList<DealCard>> RottingForOwnerAsync(string ownerUserName, CancellationToken cancellationToken = default)
    {
        var owner = ownerUserName.Trim().ToLowerInvariant();
        return await RottingAsync(owner, cancellationToken);
    }

    public Task<IReadOnlyList<DealCard>> RottingAsync(CancellationToken cancellationToken = default) => RottingAsync(null, cancellationToken);

    private async Task<IReadOnlyList<DealCard>> RottingAsync(string? owner, CancellationToken cancellationToken)
    {
        var now = UtcDates.Utc(clock.UtcNow);
        var all = await pipelines.ListAsync(cancellationToken);
        // Only stages that rot at all; the threshold per stage is applied on the projected cards.
        var rottingStages = all.SelectMany(p => p.Stages.Where(s => !s.IsClosed && s.RottingDays > 0).Select(s => p.Id + "/" + s.Id)).ToList();
        if (rottingStages.Count == 0) return [];
        var deals = sets.PublishedDeals.Where(d => d.Status == DealStatuses.Open);
        if (owner is not null) deals = deals.Where(d => d.Owner == owner);
        deals = deals.Where(d => rottingStages.Contains(d.PipelineId + "/" + d.StageId));
        var list = await cards.ListAsync(DealCardQuery.Project(deals, sets.Context, now), all, now, cancellationToken);
        return list.Where(c => c.Rotting).OrderBy(c => c.IdleSinceUtc).ToList();
    }

    public async Task<IReadOnlyList<DealHistoryEntry>> GetHistoryAsync(string dealId, CancellationToken cancellationToken = default)
    {
        var rows = await records.ListAsync(records.Query<DealHistoryRecord>().Where(r => r.DealId == dealId).OrderBy(r => r.ChangedUtc).ThenBy(r => r.Id), cancellationToken);
        var all = await pipelines.ListAsync(cancellationToken);
        string? NameOf(string? pipelineId, string? stageId) =>
            stageId is null ? null : (all.FirstOrDefault(p => p.Id == pipelineId)?.FindStage(stageId) ?? all.Select(p => p.FindStage(stageId)).FirstOrDefault(s => s is not null))?.Name ?? stageId;
        return rows.Select(r => new DealHistoryEntry(
            r.Id, r.DealId, UtcDates.Utc(r.ChangedUtc), r.ChangedBy, KindOf(r),
            r.FromStageId, NameOf(r.PipelineId, r.FromStageId), r.ToStageId, NameOf(r.PipelineId, r.ToStageId),
            Money(r.AmountBefore), Money(r.AmountAfter), r.ProbabilityBefore, r.ProbabilityAfter,
            UtcDates.ToDate(r.CloseDateBefore), UtcDates.ToDate(r.CloseDateAfter), r.Category)).ToList();
    }

    public async Task<IReadOnlyList<StageDuration>> GetTimeInStagesAsync(string dealId, CancellationToken cancellationToken = default)
    {
        var history = await GetHistoryAsync(dealId, cancellationToken);
        return TimeInStages(history, UtcDates.Utc(clock.UtcNow));
    }

    /// <summary>Each stage's time: from the row that entered it to the row that left it (the last one up to now, unless closed).</summary>
    internal static IReadOnlyList<StageDuration> TimeInStages(IReadOnlyList<DealHistoryEntry> history, DateTime nowUtc)
    {
        var entries = history.Where(h => h.Kind.Contains("Created") || h.Kind.Contains("Stage")).ToList();
        var totals = new List<(string Id, string Name, TimeSpan Time)>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (entry.ToStageId is null) continue;
            var end = i + 1 < entries.Count ? entries[i + 1].ChangedUtc : nowUtc;
            var time = end - entry.ChangedUtc;
            var at = totals.FindIndex(t => t.Id == entry.ToStageId);
            if (at < 0) totals.Add((entry.ToStageId, entry.ToStageName ?? entry.ToStageId, time));
            else totals[at] = (totals[at].Id, totals[at].Name, totals[at].Time + time);
        }
        var current = entries.LastOrDefault()?.ToStageId;
        return totals.Select(t => new StageDuration(t.Id, t.Name, t.Time < TimeSpan.Zero ? TimeSpan.Zero : t.Time, t.Id == current)).ToList();
    }

    public async Task<IReadOnlyList<DealCard>> OpenForAccountAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var now = UtcDates.Utc(clock.UtcNow);
        var deals = sets.PublishedDeals.Where(d => d.AccountId == accountId && d.Status == DealStatuses.Open);
        var list = await cards.ListAsync(DealCardQuery.Project(deals, sets.Context, now), await pipelines.ListAsync(cancellationToken), now, cancellationToken);
        return list.OrderBy(c => c.ExpectedCloseDate ?? DateOnly.MaxValue).ToList();
    }

    private static decimal? Money(double? value) => value is { } v ? Math.Round((decimal)v, 2) : null;

    private static string KindOf(DealHistoryRecord r)
    {
        if (r.FromStageId is null && r.AmountBefore is null && r.ProbabilityBefore is null && r.CloseDateBefore is null) return "Created";
        var kinds = new List<string>();
        if (r.FromStageId != r.ToStageId) kinds.Add("Stage");
        if (r.AmountBefore != r.AmountAfter) kinds.Add("Amount");
        if (r.ProbabilityBefore != r.ProbabilityAfter) kinds.Add("Probability");
        if (r.CloseDateBefore != r.CloseDateAfter) kinds.Add("CloseDate");
        return kinds.Count == 0 ? "Pipeline" : string.Join(", ", kinds);
    }
}
