namespace OrchardCrm.Deals.Models;

/// <summary>How a stage counts in the forecast. Closed-won and closed-lost stages close a deal.</summary>
public enum ForecastCategory
{
    Pipeline,
    BestCase,
    Commit,
    ClosedWon,
    ClosedLost,
    Omitted,
}

public static class ForecastCategories
{
    public static bool IsClosed(this ForecastCategory category) => category is ForecastCategory.ClosedWon or ForecastCategory.ClosedLost;

    /// <summary>The deal status a stage of this category gives (<see cref="DealStatuses"/>).</summary>
    public static string StatusOf(this ForecastCategory category) => category switch
    {
        ForecastCategory.ClosedWon => DealStatuses.Won,
        ForecastCategory.ClosedLost => DealStatuses.Lost,
        _ => DealStatuses.Open,
    };
}
