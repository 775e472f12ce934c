using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// Turns a query on published deal index rows into cards in one SQL statement: the account's name and the
/// latest past linked activity are correlated sub-queries, so there is no N+1 whatever the deal count.
/// Rotting and overdue are decided here from the pipeline definitions (stage rotting days).
/// </summary>
internal sealed class DealCardQuery(IRecordStore records)
{
    public sealed class Row
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string? AccountId { get; set; }
        public string? AccountName { get; set; }
        public double? Amount { get; set; }
        public string? Currency { get; set; }
        public DateTime? ExpectedCloseDate { get; set; }
        public string? Owner { get; set; }
        public string? PipelineId { get; set; }
        public string? StageId { get; set; }
        public string Status { get; set; } = "";
        public int Probability { get; set; }
        public DateTime? StageEnteredUtc { get; set; }
        public DateTime? LastActivityUtc { get; set; }
        public DateTime? LastLinkedActivityUtc { get; set; }
        public long RowVersion { get; set; }
    }

    public static IQueryable<Row> Project(IQueryable<DealIndex> deals, IContentQueryContext context, DateTime nowUtc)
    {
        var items = context.Set<ContentItemIndex>();
        var activities = context.Set<DealActivityIndex>();
        return deals.Select(d => new Row
        {
            Id = d.ContentItemId,
            Name = d.Name,
            AccountId = d.AccountId,
            AccountName = items.Where(i => i.ContentItemId == d.AccountId && i.Published).Select(i => i.DisplayText).FirstOrDefault(),
            Amount = d.Amount,
            Currency = d.Currency,
            ExpectedCloseDate = d.ExpectedCloseDate,
            Owner = d.Owner,
            PipelineId = d.PipelineId,
            StageId = d.StageId,
            Status = d.Status,
            Probability = d.Probability,
            StageEnteredUtc = d.StageEnteredUtc,
            LastActivityUtc = d.LastActivityUtc,
            LastLinkedActivityUtc = activities.Where(a => a.DealId == d.ContentItemId && a.OccurredUtc <= nowUtc).Max(a => a.OccurredUtc),
            RowVersion = d.RowVersion,
        });
    }

    public async Task<List<DealCard>> ListAsync(IQueryable<Row> rows, IReadOnlyList<Pipeline> pipelines, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var list = await records.ListAsync(rows, cancellationToken);
        return list.Select(r => ToCard(r, pipelines, nowUtc)).ToList();
    }

    public static DealCard ToCard(Row row, IReadOnlyList<Pipeline> pipelines, DateTime nowUtc)
    {
        var stage = pipelines.FirstOrDefault(p => p.Id == row.PipelineId)?.FindStage(row.StageId);
        var idleSince = Latest(row.StageEnteredUtc, row.LastActivityUtc, row.LastLinkedActivityUtc);
        var open = row.Status == DealStatuses.Open;
        var rotting = open && stage?.RottingDays is > 0 && idleSince is { } since && nowUtc - since > TimeSpan.FromDays(stage.RottingDays.Value);
        var closeDate = UtcDates.ToDate(row.ExpectedCloseDate);
        var overdue = open && closeDate is { } date && date < DateOnly.FromDateTime(nowUtc);
        return new DealCard(row.Id, row.Name, row.AccountId, row.AccountName,
            row.Amount is { } amount ? Math.Round((decimal)amount, 2) : null, row.Currency, closeDate, row.Owner,
            row.PipelineId, row.StageId, row.Status, stage?.Probability ?? row.Probability,
            rotting, overdue, idleSince, UtcDates.Utc(row.StageEnteredUtc), row.RowVersion);
    }

    private static DateTime? Latest(params DateTime?[] values)
    {
        DateTime? latest = null;
        foreach (var value in values)
            if (value is { } v && (latest is null || UtcDates.Utc(v) > latest)) latest = UtcDates.Utc(v);
        return latest;
    }
}
