namespace OrchardCrm.Deals.Services;

/// <summary>
/// Moves a deal to another stage of its pipeline (the board's drag and drop). Does not check permissions:
/// callers check <see cref="IDealAuthorizer.CanEditAsync"/> first.
/// </summary>
public interface IDealMoveService
{
    /// <summary>
    /// Validates and saves the move. Errors name the field: "stageId" (not a stage of the deal's pipeline),
    /// "closeReason" (required for a closed stage, must be one of the won/lost reasons), "competitor"
    /// (required when lost). A <paramref name="expectedRowVersion"/> different from the stored one gives
    /// <see cref="DealMoveStatus.Conflict"/>. Moving to the current stage changes nothing and succeeds.
    /// The history row is written with the move; "DealStageChanged" is published after the commit.
    /// </summary>
    Task<DealMoveResult> MoveAsync(string dealId, string toStageId, string? closeReason = null, string? competitor = null, long? expectedRowVersion = null, CancellationToken cancellationToken = default);
}

public enum DealMoveStatus { Moved, Unchanged, NotFound, Invalid, Conflict }

/// <param name="Card">The deal as the board shows it after the move (null unless moved or unchanged).</param>
public sealed record DealMoveResult(DealMoveStatus Status, IReadOnlyList<FieldError> Errors, DealCard? Card = null, string? Message = null)
{
    public bool Succeeded => Status is DealMoveStatus.Moved or DealMoveStatus.Unchanged;
}
