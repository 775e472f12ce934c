using OrchardCrm.Common;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;

namespace OrchardCrm.Deals.Handlers;

/// <summary>
/// Appends a stage history row inside the deal's write transaction when a deal is created and whenever
/// its stage, amount, probability or expected close date changes; so the history and the deal commit
/// (or roll back) together. Other changes (name, tags, committee) write nothing. Rows are never updated.
/// </summary>
public sealed class DealHistoryWriter(IRecordStore records, ICurrentUser currentUser, IClock clock) : IContentWriteHandler
{
    public async Task WrittenAsync(ContentWrittenContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType != DealTypes.Deal) return;
        if (context.Operation is not (ContentOperations.Created or ContentOperations.Updated)) return;
        var deal = context.Item.As<DealPart>();
        var before = context.Operation == ContentOperations.Created ? null : context.Previous?.As<DealPart>();
        var row = Compare(context.Item.ContentItemId, before, deal);
        if (row is null) return;
        row.ChangedUtc = before is null
            ? UtcDates.Utc(context.Item.CreatedUtc) ?? UtcDates.Utc(clock.UtcNow)
            : UtcDates.Utc(clock.UtcNow);
        row.ChangedBy = currentUser.UserName;
        await records.AddAsync(row, cancellationToken);
    }

    /// <summary>The history row for a change, or null when nothing tracked changed (<paramref name="before"/> null: creation).</summary>
    public static DealHistoryRecord? Compare(string dealId, DealPart? before, DealPart after)
    {
        var amountBefore = before?.Amount.Amount is { } a ? (double?)(double)a : null;
        var amountAfter = after.Amount.Amount is { } b ? (double?)(double)b : null;
        var closeBefore = UtcDates.FromDate(before?.ExpectedCloseDate.Value);
        var closeAfter = UtcDates.FromDate(after.ExpectedCloseDate.Value);
        if (before is not null
            && before.StageId == after.StageId && before.PipelineId == after.PipelineId
            && amountBefore == amountAfter && before.Probability == after.Probability && closeBefore == closeAfter)
            return null;
        return new DealHistoryRecord
        {
            DealId = dealId,
            PipelineId = after.PipelineId,
            FromStageId = before?.StageId,
            ToStageId = after.StageId,
            AmountBefore = amountBefore,
            AmountAfter = amountAfter,
            ProbabilityBefore = before?.Probability,
            ProbabilityAfter = after.Probability,
            CloseDateBefore = closeBefore,
            CloseDateAfter = closeAfter,
            Category = after.ForecastCategory.ToString(),
        };
    }
}
