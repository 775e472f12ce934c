using System.Security.Claims;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;
using OrchardCrm.Security;

namespace OrchardCrm.Deals.Services;

/// <summary>Deal visibility on top of the Accounts module's account visibility (see <see cref="IDealAuthorizer"/>).</summary>
internal sealed class DealAuthorizer(IPermissionService permissions, AccountVisibility accounts, IContentManager content) : IDealAuthorizer
{
    public async Task<DealScope> GetScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.IsAuthenticated != true) return DealScope.Nothing;
        if (await permissions.IsGrantedAsync(user, Permissions.ViewDeals)) return DealScope.Everything;
        if (!await permissions.IsGrantedAsync(user, Permissions.ViewOwnDeals)) return DealScope.Nothing;
        var name = user.Identity.Name?.Trim().ToLowerInvariant() ?? "";
        return new DealScope(false, name.Length == 0, name, await accounts.CanSeeAllAsync(user));
    }

    public async Task<bool> CanViewAsync(ClaimsPrincipal user, ContentItem deal, CancellationToken cancellationToken = default)
    {
        if (deal.ContentType != DealTypes.Deal) return false;
        var scope = await GetScopeAsync(user, cancellationToken);
        return await InScopeAsync(user, scope, deal, cancellationToken);
    }

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, ContentItem deal, CancellationToken cancellationToken = default)
    {
        if (deal.ContentType != DealTypes.Deal || user.Identity?.IsAuthenticated != true) return false;
        if (await permissions.IsGrantedAsync(user, Permissions.EditDeals)) return true;
        if (!await permissions.IsGrantedAsync(user, Permissions.EditOwnDeals)) return false;
        var name = user.Identity.Name?.Trim().ToLowerInvariant() ?? "";
        return await InScopeAsync(user, new DealScope(false, name.Length == 0, name, await accounts.CanSeeAllAsync(user)), deal, cancellationToken);
    }

    private async Task<bool> InScopeAsync(ClaimsPrincipal user, DealScope scope, ContentItem deal, CancellationToken cancellationToken)
    {
        if (scope.All) return true;
        if (scope.None) return false;
        if (string.Equals(deal.Owner?.Trim(), scope.UserName, StringComparison.OrdinalIgnoreCase)) return true;
        var accountId = deal.As<DealPart>().Account.ContentItemIds.FirstOrDefault();
        if (accountId is null) return false;
        if (scope.AllAccounts) return true;
        var account = await content.GetAsync(accountId, VersionOptions.Latest, cancellationToken);
        return account is not null && account.ContentType == AccountTypes.Account && await accounts.CanSeeAsync(user, account);
    }
}

/// <summary>The scope as a SQL condition on deal index rows.</summary>
internal static class DealScopeFilter
{
    public static IQueryable<DealIndex> Apply(IQueryable<DealIndex> deals, DealScope scope, OrchardCrm.ContentManagement.Queries.IContentQueryContext context)
    {
        if (scope.All) return deals;
        if (scope.None) return deals.Where(d => false);
        var me = scope.UserName;
        if (scope.AllAccounts) return deals.Where(d => d.Owner == me || d.AccountId != null);
        // Accounts the user owns or is on the team of (latest versions, as the Accounts module reads them).
        var items = context.Set<OrchardCrm.ContentManagement.Indexes.ContentItemIndex>();
        var teamRows = context.Set<OrchardCrm.Accounts.Indexes.AccountTeamIndex>();
        var latestAccounts = items.Where(i => i.Latest && i.ContentType == AccountTypes.Account);
        var owned = latestAccounts.Where(i => i.Owner != null && i.Owner.ToLower() == me).Select(i => i.ContentItemId);
        var teamDocuments = teamRows.Where(t => t.UserName == me).Select(t => t.DocumentId);
        var team = latestAccounts.Where(i => teamDocuments.Contains(i.DocumentId)).Select(i => i.ContentItemId);
        return deals.Where(d => d.Owner == me || owned.Contains(d.AccountId!) || team.Contains(d.AccountId!));
    }
}
