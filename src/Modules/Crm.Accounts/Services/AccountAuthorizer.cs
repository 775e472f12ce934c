using System.Security.Claims;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Whether a user may view, edit or delete an item of this module: the per-type permission
/// ("EditContent_Account"), or its "own" variant when the user owns the item.
/// </summary>
public sealed class AccountAuthorizer(IPermissionService permissions)
{
    public const string View = "ViewContent";
    public const string Edit = "EditContent";
    public const string Delete = "DeleteContent";

    public async Task<bool> CanAsync(ClaimsPrincipal user, string template, ContentItem item)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (await HoldsAsync(user, ContentTypePermissionNames.For(template, item.ContentType))) return true;
        var own = template.Replace("Content", "OwnContent", StringComparison.Ordinal);
        var isOwner = item.Owner is not null && string.Equals(item.Owner, user.Identity.Name, StringComparison.OrdinalIgnoreCase);
        return isOwner && await HoldsAsync(user, ContentTypePermissionNames.For(own, item.ContentType));
    }

    private async Task<bool> HoldsAsync(ClaimsPrincipal user, string name)
    {
        // The declared permission carries what implies it (EditContent_Account is implied by the all-types one...).
        var permission = await permissions.FindAsync(name) ?? new Permission(name, name);
        return await permissions.IsGrantedAsync(user, permission);
    }
}
