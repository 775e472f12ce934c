using System.Security.Claims;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Security;

/// <summary>
/// The one place that decides whether a user may view, edit, publish or delete a content item: the
/// type's permission ("EditContent_Account", implied by the all-types one), else its "own" variant for
/// the item's owner, else any enabled <see cref="IContentAccessGrant"/> (an account's team members may
/// view it; a deal on an account one may see is visible). Pages, APIs and search all ask here.
/// </summary>
public interface IContentAuthorizer
{
    /// <param name="template">A template of <see cref="ContentTypePermissionNames.Templates"/> without "Own": ViewContent, EditContent, PublishContent or DeleteContent.</param>
    Task<bool> CanAsync(ClaimsPrincipal user, string template, ContentItem item);

    /// <summary>Whether the user may do it to every item of the type (not only some).</summary>
    Task<bool> CanOnAllAsync(ClaimsPrincipal user, string template, string contentType);

    /// <summary>Whether the user may do it to at least some items of the type: their own, or those a grant opens (lists and creation).</summary>
    Task<bool> CanOnSomeAsync(ClaimsPrincipal user, string template, string contentType);
}

/// <summary>
/// A module's reason to let a user at an item beyond the permissions (register with
/// <c>services.AddContentAccessGrant&lt;T&gt;()</c>). Grants only widen what the user holds "own"
/// rights for: they are asked only when the user holds the type's "own" permission and is not the owner.
/// </summary>
public interface IContentAccessGrant
{
    Task<bool> GrantsAsync(ClaimsPrincipal user, string template, ContentItem item);
}
