using System.Security.Claims;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// The forecast: per period × owner × forecast category, the sum and weighted sum (amount × probability)
/// of deals. A deal falls in the period of its close date: the expected close date while open, the day
/// it closed once won or lost. Only deals the user may see.
/// </summary>
public interface IForecastService
{
    Task<ForecastReport> GetAsync(ForecastQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>
    /// What changed since <paramref name="sinceUtc"/>, from the stage history: each deal's category, amount
    /// and close date then (its last history row at or before that time; absent if created later) and now,
    /// for deals whose close date then or now is in the query's range. Unchanged deals are left out.
    /// </summary>
    Task<ForecastChange> ChangeSinceAsync(ForecastQuery query, DateTime sinceUtc, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

public enum ForecastPeriod { Month, Quarter }

/// <param name="From">First day (inclusive).</param>
/// <param name="To">Last day (inclusive).</param>
/// <param name="Owner">User name (any case), or null for everyone.</param>
public sealed record ForecastQuery(ForecastPeriod Period, DateOnly From, DateOnly To, string? Owner = null, string? PipelineId = null);

/// <param name="PeriodStart">First day of the month or quarter.</param>
/// <param name="PeriodLabel">"2026-03" or "2026 Q1".</param>
public sealed record ForecastRow(DateOnly PeriodStart, string PeriodLabel, string Owner, ForecastCategory Category, int Count, decimal Sum, decimal WeightedSum);

/// <param name="Periods">Every period of the range, in order (also those without deals, for charts).</param>
public sealed record ForecastReport(ForecastQuery Query, IReadOnlyList<DateOnly> Periods, IReadOnlyList<ForecastRow> Rows)
{
    public static string Label(ForecastPeriod period, DateOnly start) =>
        period == ForecastPeriod.Quarter ? $"{start.Year} Q{(start.Month - 1) / 3 + 1}" : $"{start.Year:D4}-{start.Month:D2}";
}

/// <param name="CategoryThen">Null when the deal did not exist then.</param>
public sealed record ForecastDealChange(
    string DealId, string Name, string? Owner,
    ForecastCategory? CategoryThen, ForecastCategory CategoryNow,
    decimal? AmountThen, decimal AmountNow,
    DateOnly? CloseDateThen, DateOnly? CloseDateNow);

/// <param name="SumThen">Per category: the sum of amounts then (of the deals in range then).</param>
public sealed record ForecastChange(
    DateTime SinceUtc,
    IReadOnlyList<ForecastDealChange> Deals,
    IReadOnlyDictionary<ForecastCategory, decimal> SumThen,
    IReadOnlyDictionary<ForecastCategory, decimal> SumNow);
