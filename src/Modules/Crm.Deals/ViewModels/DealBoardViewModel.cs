using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>The board page: the pipeline's columns, the filters, and what the close dialog offers.</summary>
public sealed class DealBoardViewModel
{
    public required DealFilterForm Filters { get; init; }
    public required IReadOnlyList<Pipeline> Pipelines { get; init; }
    /// <summary>Null when there is no pipeline yet (or the filters were refused).</summary>
    public DealBoard? Board { get; init; }
    public required IReadOnlyList<string> WonReasons { get; init; }
    public required IReadOnlyList<string> LostReasons { get; init; }
    public required DateTime NowUtc { get; init; }
    public bool CanMove { get; init; }
}

/// <summary>A column's figures as the move endpoint sends them back (already formatted, so the script only copies text).</summary>
public sealed record ColumnTotalsJson(string StageId, int Count, string Total, string WeightedTotal)
{
    public static ColumnTotalsJson From(DealColumnTotals totals) =>
        new(totals.StageId, totals.Count, DealFormat.Money(totals.Total), DealFormat.Money(totals.WeightedTotal));
}
