namespace OrchardCrm.Deals.Services;

/// <summary>A deal as the board and lists show it.</summary>
/// <param name="Owner">The owner's user name (lower case, as indexed).</param>
/// <param name="ExpectedCloseDate">Null when not set.</param>
/// <param name="Rotting">Idle longer than its stage's rotting days (see <see cref="IdleSinceUtc"/>).</param>
/// <param name="Overdue">Open and its expected close date is before today.</param>
/// <param name="IdleSinceUtc">The latest of stage entry, the deal's own last activity and past linked activities.</param>
/// <param name="RowVersion">Send it back with a move to detect stale boards.</param>
public sealed record DealCard(
    string Id,
    string Name,
    string? AccountId,
    string? AccountName,
    decimal? Amount,
    string? Currency,
    DateOnly? ExpectedCloseDate,
    string? Owner,
    string? PipelineId,
    string? StageId,
    string Status,
    int Probability,
    bool Rotting,
    bool Overdue,
    DateTime? IdleSinceUtc,
    DateTime? StageEnteredUtc,
    long RowVersion)
{
    /// <summary>Amount × stage probability.</summary>
    public decimal WeightedAmount => Math.Round((Amount ?? 0) * Probability / 100m, 2);

    /// <summary>Whole days since the deal was last touched.</summary>
    public int DaysIdle(DateTime nowUtc) => IdleSinceUtc is { } since ? Math.Max(0, (int)(nowUtc - since).TotalDays) : 0;
}
