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
/// those whose team lists the user (<see cref="AccountTeamGrant"/> tells the kernel's authorizer so).
/// </summary>
public sealed class AccountVisibility(IPermissionService permissions, IContentAuthorizer authorizer)
{
    public async Task<bool> CanSeeAllAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        return await permissions.IsGrantedAsync(user, Permissions.ViewAllAccounts)
            || await authorizer.CanOnAllAsync(user, ContentTypePermissionNames.View, AccountTypes.Account);
    }

    /// <summary>Whether the user may see only some accounts (their own and their team's).</summary>
    public Task<bool> CanSeeSomeAsync(ClaimsPrincipal user) =>
        authorizer.CanOnSomeAsync(user, ContentTypePermissionNames.View, AccountTypes.Account);

    /// <summary>
    /// Narrows an account query to the user's own and team accounts. It does not check permissions: call it
    /// for users who may not see every account (<see cref="CanSeeAllAsync"/> is false).
    /// </summary>
    public IContentQuery Restrict(IContentQuery query, ClaimsPrincipal user) =>
        query.Where(new OwnOrTeamFilter(UserNameOf(user)));

    public async Task<bool> CanSeeAsync(ClaimsPrincipal user, ContentItem account)
    {
        if (account.ContentType != AccountTypes.Account) return false;
        return await CanSeeAllAsync(user) || await authorizer.CanAsync(user, ContentTypePermissionNames.View, account);
    }

    /// <summary>Whether the user is on the account's team (the owner is not, unless listed).</summary>
    public static bool IsOnTeam(ClaimsPrincipal user, ContentItem account)
    {
        var name = UserNameOf(user);
        return name.Length > 0 && account.As<AccountPart>().Team.Any(m => string.Equals(m.UserName?.Trim(), name, StringComparison.OrdinalIgnoreCase));
    }

    // A principal without a name matches nothing (an empty name is never an owner or a team member).
    private static string UserNameOf(ClaimsPrincipal user) => user.Identity?.Name?.Trim() ?? "";

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
