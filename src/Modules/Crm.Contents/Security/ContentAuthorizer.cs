using System.Security.Claims;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;

namespace OrchardCrm.Contents.Security;

/// <summary>Whether a user may do something to an item (or to a type, for lists and creation), honouring "own" permissions.</summary>
public sealed class ContentAuthorizer(IPermissionService permissions)
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, string template, string contentType, ContentItem? item = null)
    {
        if (await permissions.IsGrantedAsync(user, ContentPermissions.ForType(template, contentType))) return true;
        var own = ContentPermissions.OwnTemplateOf(template);
        if (own is null) return false;
        var isOwner = item is null || string.Equals(item.Owner, user.Identity?.Name, StringComparison.OrdinalIgnoreCase);
        return isOwner && await permissions.IsGrantedAsync(user, ContentPermissions.ForType(own, contentType));
    }

    /// <summary>Whether the user may see only their own items of the type (holds the "own" permission but not the full one).</summary>
    public async Task<bool> IsLimitedToOwnAsync(ClaimsPrincipal user, string template, string contentType) =>
        !await permissions.IsGrantedAsync(user, ContentPermissions.ForType(template, contentType))
        && ContentPermissions.OwnTemplateOf(template) is { } own
        && await permissions.IsGrantedAsync(user, ContentPermissions.ForType(own, contentType));
}
