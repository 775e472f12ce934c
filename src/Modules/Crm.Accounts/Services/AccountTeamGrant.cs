using System.Security.Claims;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Members of an account's team may view it (the kernel asks this only of users holding
/// ViewOwnContent_Account who do not own the account). Editing stays with the owner and "all" holders.
/// </summary>
public sealed class AccountTeamGrant : IContentAccessGrant
{
    public Task<bool> GrantsAsync(ClaimsPrincipal user, string template, ContentItem item) =>
        Task.FromResult(template == ContentTypePermissionNames.View
            && item.ContentType == AccountTypes.Account
            && AccountVisibility.IsOnTeam(user, item));
}
