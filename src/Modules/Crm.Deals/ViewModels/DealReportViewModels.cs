using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>The rotting list: one owner's rotting deals; managers may pick the owner.</summary>
public sealed record RottingViewModel(string Owner, bool CanPickOwner, IReadOnlyList<DealCard> Deals, IReadOnlyList<Pipeline> Pipelines, DateTime NowUtc)
{
    public string StageName(DealCard card) => Pipelines.FirstOrDefault(p => p.Id == card.PipelineId)?.FindStage(card.StageId)?.Name ?? card.StageId ?? "—";
}

/// <summary>The forecast page's query, bound from the query string.</summary>
public sealed class ForecastForm
{
    public ForecastPeriod Period { get; set; } = ForecastPeriod.Month;
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Owner { get; set; }
    public string? Pipeline { get; set; }
    /// <summary>"Change since" this day (start of day, UTC).</summary>
    public DateOnly? Since { get; set; }
}

public sealed record ForecastViewModel(ForecastForm Form, IReadOnlyList<Pipeline> Pipelines, ForecastReport? Report, ForecastChange? Change, string ChartJson);

public sealed class WinLossForm
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? Pipeline { get; set; }
}

public sealed record WinLossViewModel(WinLossForm Form, IReadOnlyList<Pipeline> Pipelines, WinLossReport? Report);
