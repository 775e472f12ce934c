namespace OrchardCrm.Deals.Models;

/// <summary>
/// The pipelines a site starts with. "New business" is created by the migration (a fresh site has a
/// pipeline, and the workflows module's shipped recipe relies on its stage named "Proposal"); the
/// sample data adds "Renewals".
/// </summary>
public static class DefaultPipelines
{
    public const string NewBusinessId = "new-business";
    public const string RenewalsId = "renewals";

    public static Pipeline NewBusiness() => new()
    {
        Id = NewBusinessId,
        Name = "New business",
        IsDefault = true,
        Position = 0,
        Stages =
        [
            Stage("qualification", "Qualification", 0, 10, ForecastCategory.Pipeline, 14),
            Stage("discovery", "Discovery", 1, 20, ForecastCategory.Pipeline, 14),
            Stage("proposal", "Proposal", 2, 50, ForecastCategory.BestCase, 10, followUpDays: 3, followUpTitle: "Follow up on the proposal"),
            Stage("negotiation", "Negotiation", 3, 75, ForecastCategory.Commit, 7),
            Stage("closed-won", "Closed won", 4, 100, ForecastCategory.ClosedWon, null),
            Stage("closed-lost", "Closed lost", 5, 0, ForecastCategory.ClosedLost, null),
        ],
    };

    public static Pipeline Renewals() => new()
    {
        Id = RenewalsId,
        Name = "Renewals",
        IsDefault = false,
        Position = 1,
        Stages =
        [
            Stage("upcoming", "Upcoming", 0, 60, ForecastCategory.Pipeline, 30),
            Stage("in-review", "In review", 1, 75, ForecastCategory.BestCase, 14, followUpDays: 7, followUpTitle: "Check in on the renewal review"),
            Stage("committed", "Committed", 2, 90, ForecastCategory.Commit, 10),
            Stage("renewed", "Renewed", 3, 100, ForecastCategory.ClosedWon, null),
            Stage("churned", "Churned", 4, 0, ForecastCategory.ClosedLost, null),
        ],
    };

    private static StageDefinition Stage(string id, string name, int order, int probability, ForecastCategory category, int? rottingDays, int? followUpDays = null, string? followUpTitle = null) =>
        new() { Id = id, Name = name, Order = order, Probability = probability, ForecastCategory = category, RottingDays = rottingDays, FollowUpDays = followUpDays, FollowUpTitle = followUpTitle };
}
