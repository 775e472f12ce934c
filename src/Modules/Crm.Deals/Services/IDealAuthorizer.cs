using System.Security.Claims;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// Who may see and change deals. ViewDeals / EditDeals: every deal. ViewOwnDeals / EditOwnDeals: the
/// deals the user owns and the deals of accounts the user may see (Accounts' visibility: owned accounts,
/// team accounts, or all with ViewAllAccounts). Queries apply the same rule in SQL (<see cref="GetScopeAsync"/>).
/// </summary>
public interface IDealAuthorizer
{
    Task<bool> CanViewAsync(ClaimsPrincipal user, ContentItem deal, CancellationToken cancellationToken = default);

    Task<bool> CanEditAsync(ClaimsPrincipal user, ContentItem deal, CancellationToken cancellationToken = default);

    /// <summary>Which deals the user may see, for queries.</summary>
    Task<DealScope> GetScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>A user's deal visibility: everything, nothing, or own + visible accounts.</summary>
/// <param name="UserName">Lower-case user name (for own deals).</param>
/// <param name="AllAccounts">The user sees every account, so every deal with an account.</param>
public sealed record DealScope(bool All, bool None, string UserName, bool AllAccounts)
{
    public static DealScope Everything { get; } = new(true, false, "", true);
    public static DealScope Nothing { get; } = new(false, true, "", false);
}
