using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Indexes;

/// <summary>
/// One row per deal version: everything the board, lists, forecast and win/loss read, so they are
/// queries on this table (joined to the content-item index for published rows) without loading documents.
/// Amounts are doubles because SQLite cannot compare or sum decimals in SQL.
/// </summary>
[MapIndexColumns(nameof(PipelineId), nameof(Status), nameof(StageId))]
[MapIndexColumns(nameof(Owner), nameof(Status))]
[MapIndexColumns(nameof(AccountId))]
[MapIndexColumns(nameof(Status), nameof(ClosedUtc))]
public sealed class DealIndex : MapIndex
{
    public string Name { get; set; } = "";
    public string? PipelineId { get; set; }
    public string? StageId { get; set; }
    public string? AccountId { get; set; }
    /// <summary>The owner's user name in lower case.</summary>
    public string? Owner { get; set; }
    public double? Amount { get; set; }
    public string? Currency { get; set; }
    /// <summary>The expected close date at midnight UTC.</summary>
    public DateTime? ExpectedCloseDate { get; set; }
    /// <summary><see cref="DealStatuses"/>.</summary>
    public string Status { get; set; } = DealStatuses.Open;
    public int Probability { get; set; }
    public string? ForecastCategory { get; set; }
    public DateTime? StageEnteredUtc { get; set; }
    /// <summary>Last activity recorded on the deal itself; linked activities are in <see cref="DealActivityIndex"/>.</summary>
    public DateTime? LastActivityUtc { get; set; }
    public DateTime? ClosedUtc { get; set; }
    public string? CloseReason { get; set; }
    public string? Competitor { get; set; }
    public string? Priority { get; set; }
    public string? Source { get; set; }
    /// <summary>Tags in lower case as ";a;b;" so one tag is a LIKE '%;tag;%' test.</summary>
    public string? Tags { get; set; }
    /// <summary>The version's row version when indexed (deals are saved in place, so it is the one a move must match).</summary>
    public long RowVersion { get; set; }
}

public sealed class DealIndexProvider : IndexProvider<DealIndex>
{
    public override IEnumerable<DealIndex> Map(ContentItem item)
    {
        if (item.ContentType != DealTypes.Deal) yield break;
        var deal = item.As<DealPart>();
        var tags = deal.Tags.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();
        yield return new DealIndex
        {
            Name = item.DisplayText,
            PipelineId = deal.PipelineId,
            StageId = deal.StageId,
            AccountId = deal.Account.ContentItemIds.FirstOrDefault(),
            Owner = string.IsNullOrWhiteSpace(item.Owner) ? null : item.Owner.Trim().ToLowerInvariant(),
            Amount = deal.Amount.Amount is { } amount ? (double)amount : null,
            Currency = deal.Amount.Currency,
            ExpectedCloseDate = UtcDates.FromDate(deal.ExpectedCloseDate.Value),
            Status = deal.Status,
            Probability = deal.Probability,
            ForecastCategory = deal.ForecastCategory.ToString(),
            StageEnteredUtc = UtcDates.Utc(deal.StageEnteredUtc),
            LastActivityUtc = UtcDates.Utc(deal.LastActivityUtc.Value),
            ClosedUtc = UtcDates.Utc(deal.ClosedUtc),
            CloseReason = string.IsNullOrWhiteSpace(deal.CloseReason.Text) ? null : deal.CloseReason.Text.Trim(),
            Competitor = string.IsNullOrWhiteSpace(deal.Competitor.Text) ? null : deal.Competitor.Text.Trim(),
            Priority = deal.Priority.Values.FirstOrDefault(),
            Source = deal.Source.Values.FirstOrDefault(),
            RowVersion = item.RowVersion,
            Tags = tags.Count == 0 ? null : ";" + string.Join(';', tags) + ";",
        };
    }
}
