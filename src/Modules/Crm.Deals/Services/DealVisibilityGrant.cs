using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Security;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// Tells the kernel's authorizer what the deal pages already show: a user with "own" rights sees the
/// deals of the accounts they may see (their own and their team's), so search and every other reader
/// of <see cref="IContentAuthorizer"/> agree with the board. Viewing only; editing stays with the deal rules.
/// </summary>
internal sealed class DealVisibilityGrant(IServiceProvider services) : IContentAccessGrant
{
    // Resolved when asked, not injected: the deal rules read account visibility, which asks the
    // authorizer that holds this grant.
    public async Task<bool> GrantsAsync(ClaimsPrincipal user, string template, ContentItem item) =>
        template == ContentTypePermissionNames.View && item.ContentType == DealTypes.Deal
        && await services.GetRequiredService<IDealAuthorizer>().CanViewAsync(user, item);
}
