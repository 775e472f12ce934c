namespace OrchardCrm.Accounts.Services;

/// <summary>What a merge moved onto the surviving item.</summary>
/// <param name="AlreadyMerged">The merged item had been merged into the survivor before: nothing was done this time.</param>
public sealed record MergeResult(
    string SurvivorId,
    string MergedId,
    bool AlreadyMerged,
    int ActivitiesMoved,
    int TasksMoved,
    int ContactsRelinked,
    int ChildrenMoved,
    IReadOnlyList<string> FieldsFilled);
