using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>The buying committee view: which roles are present, which key roles (economic buyer, champion) are missing, and whether the deal is flagged.</summary>
public interface ICommitteeAnalyzer
{
    Task<CommitteeAnalysis> AnalyzeAsync(ContentItem deal, CancellationToken cancellationToken = default);
}

/// <param name="MissingKeyRoles">Of <see cref="CommitteeRoles.Key"/>, those no member has.</param>
/// <param name="Flagged">The deal's amount is at least <paramref name="Threshold"/> and a key role is missing.</param>
public sealed record CommitteeAnalysis(
    IReadOnlyList<CommitteeMember> Members,
    IReadOnlyList<string> RolesPresent,
    IReadOnlyList<string> MissingKeyRoles,
    decimal Threshold,
    bool Flagged)
{
    public bool HasGap => MissingKeyRoles.Count > 0;
}
