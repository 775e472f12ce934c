using System.Globalization;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>How the deal pages write amounts and dates: the same on every page, whatever the server's culture.</summary>
public static class DealFormat
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public static string Money(decimal? amount, string? currency = null) =>
        amount is { } a ? $"{a.ToString("N0", Culture)} {currency}".Trim() : "—";

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", Culture) ?? "—";

    public static string Date(DateTime? utc) => utc?.ToString("yyyy-MM-dd", Culture) ?? "—";

    public static string DateTime(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm", Culture) ?? "—";

    /// <summary>"3 d 4 h", "5 h", "12 min": enough precision to compare stages.</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalDays: >= 1 } => $"{(int)span.TotalDays} d {span.Hours} h",
        { TotalHours: >= 1 } => $"{(int)span.TotalHours} h",
        _ => $"{Math.Max(0, (int)span.TotalMinutes)} min",
    };
}

/// <summary>Readable names of the forecast categories.</summary>
public sealed record ForecastCategoryName(Models.ForecastCategory Category, string Label)
{
    public static readonly IReadOnlyList<ForecastCategoryName> All =
    [
        new(Models.ForecastCategory.Pipeline, "Pipeline"),
        new(Models.ForecastCategory.BestCase, "Best case"),
        new(Models.ForecastCategory.Commit, "Commit"),
        new(Models.ForecastCategory.ClosedWon, "Closed won"),
        new(Models.ForecastCategory.ClosedLost, "Closed lost"),
        new(Models.ForecastCategory.Omitted, "Omitted"),
    ];

    public static string Of(Models.ForecastCategory category) => All.First(c => c.Category == category).Label;
}
