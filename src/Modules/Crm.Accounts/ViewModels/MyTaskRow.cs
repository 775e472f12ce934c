namespace OrchardCrm.Accounts.ViewModels;

/// <summary>One task as My tasks shows it (also the fragment returned when it is completed in place).</summary>
public sealed record MyTaskRow(
    string Id,
    string Title,
    DateTime? DueUtc,
    string? Priority,
    string? Status,
    string? AccountId,
    string? AccountName,
    DateTime? CompletedUtc,
    bool IsOpen);
