using System.Security.Claims;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Security;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Which accounts a user may see (issue 4: "account managers see their own and their team's accounts
/// unless granted more"). Everything: ViewAllAccounts, or the per-type ViewContent_Account (implied by
/// the all-types ViewContent). Otherwise, with ViewOwnContent_Account: the accounts the user owns and
/// those whose team lists the user.
/// </summary>
public sealed class AccountVisibility(IPermissionService permissions)
{
    public async Task<bool> CanSeeAllAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        return await permissions.IsGrantedAsync(user, Permissions.ViewAllAccounts)
            || await HoldsAsync(user, ContentTypePermissionNames.For(AccountAuthorizer.View, AccountTypes.Account));
    }

    /// <summary>Whether the user may see only some accounts (their own and their team's).</summary>
    public Task<bool> CanSeeSomeAsync(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? HoldsAsync(user, ContentTypePermissionNames.For("ViewOwnContent", AccountTypes.Account))
            : Task.FromResult(false);

    /// <summary>
    /// Narrows an account query to the user's own and team accounts. It does not check permissions: call it
    /// for users who may not see every account (<see cref="CanSeeAllAsync"/> is false).
    /// </summary>
    public IContentQuery Restrict(IContentQuery query, ClaimsPrincipal user) =>
        query.Where(new OwnOrTeamFilter(UserNameOf(user)));

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, ContentItem account)
    {
        if (account.ContentType != AccountTypes.Account) return false;
        if (await CanSeeAllAsync(user)) return true;
        if (!await CanSeeSomeAsync(user)) return false;
        var name = UserNameOf(user);
        if (string.Equals(account.Owner, name, StringComparison.OrdinalIgnoreCase)) return true;
        return account.As<AccountPart>().Team.Any(m => string.Equals(m.UserName?.Trim(), name, StringComparison.OrdinalIgnoreCase));
    }

    // A principal without a name matches nothing (an empty name is never an owner or a team member).
    private static string UserNameOf(ClaimsPrincipal user) => user.Identity?.Name?.Trim() ?? "";

    private async Task<bool> HoldsAsync(ClaimsPrincipal user, string name)
    {
        // The declared permission carries what implies it (ViewContent implies ViewContent_Account...).
        var permission = await permissions.FindAsync(name) ?? new Permission(name, name);
        return await permissions.IsGrantedAsync(user, permission);
    }

    /// <summary>Owner is the user, or a team row of the same version names the user; both compared in lower case.</summary>
    private sealed class OwnOrTeamFilter(string userName) : IContentQueryFilter
    {
        public IQueryable<ContentItemIndex> Apply(IQueryable<ContentItemIndex> query, IContentQueryContext context)
        {
            var lowered = userName.ToLowerInvariant();
            if (lowered.Length == 0) return query.Where(i => false);
            var teamDocuments = context.Set<AccountTeamIndex>().Where(t => t.UserName == lowered).Select(t => t.DocumentId);
            return query.Where(i => (i.Owner != null && i.Owner.ToLower() == lowered) || teamDocuments.Contains(i.DocumentId));
        }
    }
}
