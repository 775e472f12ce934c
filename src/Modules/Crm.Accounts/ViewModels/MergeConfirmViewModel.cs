namespace OrchardCrm.Accounts.ViewModels;

/// <summary>What merging <see cref="MergedName"/> into <see cref="SurvivorName"/> will move, asked before it is done.</summary>
/// <param name="Moves">Sentences such as "3 activities" (counted from the indexes when the page is shown).</param>
public sealed record MergeConfirmViewModel(
    string SurvivorId,
    string SurvivorName,
    string MergedId,
    string MergedName,
    string Noun,
    string BasePath,
    IReadOnlyList<string> Moves);
