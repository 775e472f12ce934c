using System.Security.Claims;
using OrchardCrm.ContentManagement;
using OrchardCrm.Modules;

namespace OrchardCrm.Security;

/// <summary>
/// Permission, then "own" permission for the owner, then the modules' grants. Permission names are
/// looked up among the declared ones, because the declared permission carries what implies it
/// (ViewContent implies ViewContent_Account); undeclared names are held only when granted by name.
/// </summary>
internal sealed class ContentAuthorizer(IPermissionService permissions, IEnabled<IContentAccessGrant> grants) : IContentAuthorizer
{
    public async Task<bool> CanAsync(ClaimsPrincipal user, string template, ContentItem item)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        if (await HoldsAsync(user, template, item.ContentType)) return true;
        if (OwnVariantOf(template) is not { } own || !await HoldsAsync(user, own, item.ContentType)) return false;
        if (IsOwner(user, item)) return true;
        foreach (var grant in grants)
            if (await grant.GrantsAsync(user, template, item)) return true;
        return false;
    }

    public async Task<bool> CanOnAllAsync(ClaimsPrincipal user, string template, string contentType) =>
        user.Identity?.IsAuthenticated == true && await HoldsAsync(user, template, contentType);

    public async Task<bool> CanOnSomeAsync(ClaimsPrincipal user, string template, string contentType)
    {
        if (await CanOnAllAsync(user, template, contentType)) return true;
        return user.Identity?.IsAuthenticated == true && OwnVariantOf(template) is { } own && await HoldsAsync(user, own, contentType);
    }

    /// <summary>ViewContent → ViewOwnContent...; PublishContent has no "own" variant.</summary>
    private static string? OwnVariantOf(string template)
    {
        var own = template.Replace("Content", "OwnContent", StringComparison.Ordinal);
        return ContentTypePermissionNames.Templates.Contains(own) ? own : null;
    }

    private static bool IsOwner(ClaimsPrincipal user, ContentItem item) =>
        item.Owner is not null && string.Equals(item.Owner.Trim(), user.Identity?.Name?.Trim(), StringComparison.OrdinalIgnoreCase);

    private async Task<bool> HoldsAsync(ClaimsPrincipal user, string template, string contentType)
    {
        var name = ContentTypePermissionNames.For(template, contentType);
        var permission = await permissions.FindAsync(name) ?? new Permission(name, name);
        return await permissions.IsGrantedAsync(user, permission);
    }
}
