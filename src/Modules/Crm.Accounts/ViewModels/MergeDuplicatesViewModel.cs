using OrchardCrm.Accounts.Services;

namespace OrchardCrm.Accounts.ViewModels;

/// <summary>The likely duplicates of an account or contact that the user may see.</summary>
/// <param name="Noun">"account" or "contact".</param>
/// <param name="BasePath">"/admin/accounts" or "/admin/contacts".</param>
public sealed record MergeDuplicatesViewModel(string Id, string Name, string Noun, string BasePath, IReadOnlyList<DuplicateCandidate> Candidates);
