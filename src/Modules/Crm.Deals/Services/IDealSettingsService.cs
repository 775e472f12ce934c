using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>The site's deal lists: won/lost reasons, committee roles, sources and the committee-gap threshold.</summary>
public interface IDealSettingsService
{
    Task<DealSettings> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Validates (lists non-empty, no blank entries, threshold ≥ 0; errors "WonReasons[1]"...) and saves.</summary>
    Task<IReadOnlyList<FieldError>> SaveAsync(DealSettings settings, CancellationToken cancellationToken = default);

    /// <summary>The amount from which committee gaps are flagged: the setting, else <c>Crm:Deals:CommitteeGapThreshold</c>, else 50,000.</summary>
    Task<decimal> GetCommitteeGapThresholdAsync(CancellationToken cancellationToken = default);
}
