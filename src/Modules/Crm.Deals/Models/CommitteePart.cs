using OrchardCrm.ContentManagement;

namespace OrchardCrm.Deals.Models;

/// <summary>
/// The buying committee of a deal: contacts of the deal's account with their role in the decision.
/// Validated on save (keys "CommitteePart.Members[i].ContactId"...): contacts belong to the account,
/// roles come from <c>DealSettings.CommitteeRoles</c>, at most one primary.
/// </summary>
public sealed class CommitteePart : ContentPart
{
    public List<CommitteeMember> Members { get; set; } = [];
}

/// <param name="ContactId">A Contact of the deal's account.</param>
/// <param name="Role">One of <c>DealSettings.CommitteeRoles</c> (<see cref="CommitteeRoles"/> by default).</param>
/// <param name="Influence"><see cref="CommitteeInfluence"/>: Low, Medium, High.</param>
/// <param name="Sentiment"><see cref="CommitteeSentiment"/>: Supporter, Neutral, Opponent.</param>
public sealed record CommitteeMember(string ContactId, string Role, string Influence = CommitteeInfluence.Medium, string Sentiment = CommitteeSentiment.Neutral, bool IsPrimary = false);

public static class CommitteeRoles
{
    public const string DecisionMaker = "Decision maker";
    public const string EconomicBuyer = "Economic buyer";
    public const string Champion = "Champion";
    public const string Influencer = "Influencer";
    public const string TechnicalEvaluator = "Technical evaluator";
    public const string EndUser = "End user";
    public const string LegalProcurement = "Legal/procurement";
    public const string Blocker = "Blocker";
    public const string Other = "Other";

    public static readonly IReadOnlyList<string> Defaults =
        [DecisionMaker, EconomicBuyer, Champion, Influencer, TechnicalEvaluator, EndUser, LegalProcurement, Blocker, Other];

    /// <summary>The roles a healthy committee has; their absence is a gap.</summary>
    public static readonly IReadOnlyList<string> Key = [EconomicBuyer, Champion];
}

public static class CommitteeInfluence
{
    public const string Low = "Low";
    public const string Medium = "Medium";
    public const string High = "High";
    public static readonly IReadOnlyList<string> All = [Low, Medium, High];
}

public static class CommitteeSentiment
{
    public const string Supporter = "Supporter";
    public const string Neutral = "Neutral";
    public const string Opponent = "Opponent";
    public static readonly IReadOnlyList<string> All = [Supporter, Neutral, Opponent];
}
