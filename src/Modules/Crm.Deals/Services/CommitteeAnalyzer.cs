using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

internal sealed class CommitteeAnalyzer(IDealSettingsService settings) : ICommitteeAnalyzer
{
    public async Task<CommitteeAnalysis> AnalyzeAsync(ContentItem deal, CancellationToken cancellationToken = default)
    {
        var members = deal.As<CommitteePart>().Members.Where(m => m is not null).ToList();
        var present = members.Select(m => m.Role).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var missing = CommitteeRoles.Key.Where(k => !present.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList();
        var threshold = await settings.GetCommitteeGapThresholdAsync(cancellationToken);
        var amount = deal.As<DealPart>().Amount.Amount ?? 0;
        return new CommitteeAnalysis(members, present, missing, threshold, missing.Count > 0 && amount >= threshold);
    }
}
