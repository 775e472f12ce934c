using OrchardCrm.Data;

namespace OrchardCrm.Deals.Records;

/// <summary>
/// One change of a deal's stage, amount, probability or close date, appended in the deal's write
/// transaction (DealHistoryWriter) and never updated. The first row of a deal (FromStageId null) is its
/// creation. Time in stage and the forecast's "change since" are computed from these rows.
/// </summary>
[RecordIndex(nameof(DealId), nameof(ChangedUtc))]
[RecordIndex(nameof(ChangedUtc))]
public sealed class DealHistoryRecord : ModuleRecord
{
    public string DealId { get; set; } = "";
    public string? PipelineId { get; set; }
    public string? FromStageId { get; set; }
    public string? ToStageId { get; set; }
    /// <summary>Amounts as doubles: SQLite cannot compare or sum decimals in SQL.</summary>
    public double? AmountBefore { get; set; }
    public double? AmountAfter { get; set; }
    public int? ProbabilityBefore { get; set; }
    public int? ProbabilityAfter { get; set; }
    public DateTime? CloseDateBefore { get; set; }
    public DateTime? CloseDateAfter { get; set; }
    /// <summary>The forecast category after the change (<see cref="Models.ForecastCategory"/> name).</summary>
    public string? Category { get; set; }
    public DateTime ChangedUtc { get; set; }
    /// <summary>The user name of who made the change.</summary>
    public string? ChangedBy { get; set; }
}
