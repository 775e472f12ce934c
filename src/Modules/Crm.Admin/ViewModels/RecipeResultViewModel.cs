namespace OrchardCrm.Admin.ViewModels;

/// <summary>A recipe run as the result page shows it (kept in TempData across the redirect after the POST).</summary>
/// <param name="Errors">Each error as text: "step 2 'feature', field 'enable[0]': unknown feature 'X'."</param>
public sealed record RecipeResultViewModel(string Name, string DisplayName, bool Succeeded, int StepsExecuted, IReadOnlyList<string> Errors);
