namespace OrchardCrm.Deals.Services;

/// <summary>Per-deal and per-owner reads: rotting deals, stage history, time in stage.</summary>
public interface IDealQueries
{
    /// <summary>The owner's open deals that are rotting now, longest idle first (owner: user name, any case).</summary>
    Task<IReadOnlyList<DealCard>> RottingForOwnerAsync(string ownerUserName, CancellationToken cancellationToken = default);

    /// <summary>Every open deal rotting now (the rotting task; no visibility check).</summary>
    Task<IReadOnlyList<DealCard>> RottingAsync(CancellationToken cancellationToken = default);

    /// <summary>The deal's stage history, oldest first, with stage names resolved.</summary>
    Task<IReadOnlyList<DealHistoryEntry>> GetHistoryAsync(string dealId, CancellationToken cancellationToken = default);

    /// <summary>Total time spent in each stage the deal has been in (the current stage up to now), in first-entered order.</summary>
    Task<IReadOnlyList<StageDuration>> GetTimeInStagesAsync(string dealId, CancellationToken cancellationToken = default);

    /// <summary>The open deals of an account (the account page's slot).</summary>
    Task<IReadOnlyList<DealCard>> OpenForAccountAsync(string accountId, CancellationToken cancellationToken = default);
}

/// <param name="Kind">"Created", "Stage", "Amount", "Probability", "CloseDate" or several joined with ", ".</param>
public sealed record DealHistoryEntry(
    long Id,
    string DealId,
    DateTime ChangedUtc,
    string? ChangedBy,
    string Kind,
    string? FromStageId,
    string? FromStageName,
    string? ToStageId,
    string? ToStageName,
    decimal? AmountBefore,
    decimal? AmountAfter,
    int? ProbabilityBefore,
    int? ProbabilityAfter,
    DateOnly? CloseDateBefore,
    DateOnly? CloseDateAfter,
    string? Category);

public sealed record StageDuration(string StageId, string StageName, TimeSpan Duration, bool IsCurrent);
