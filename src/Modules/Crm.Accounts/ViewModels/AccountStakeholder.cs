namespace OrchardCrm.Accounts.ViewModels;

/// <summary>A current contact of the account, with their title and buying role there and who reports to them.</summary>
public sealed record AccountStakeholder(string ContactId, string Name, string? Title, string? Role, IReadOnlyList<AccountStakeholder> Reports);
