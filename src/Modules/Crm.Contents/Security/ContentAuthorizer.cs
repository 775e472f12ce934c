using System.Security.Claims;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;

namespace OrchardCrm.Contents.Security;

/// <summary>
/// The content pages' and API's questions, answered by the kernel's <see cref="IContentAuthorizer"/>:
/// about an item when there is one, else about the type (may the user list or create some of it).
/// </summary>
public sealed class ContentAuthorizer(IContentAuthorizer authorizer)
{
    public Task<bool> CanAsync(ClaimsPrincipal user, string template, string contentType, ContentItem? item = null) =>
        item is null ? authorizer.CanOnSomeAsync(user, template, contentType) : authorizer.CanAsync(user, template, item);

    /// <summary>Whether the user may see only their own items of the type (holds the "own" permission but not the full one).</summary>
    public async Task<bool> IsLimitedToOwnAsync(ClaimsPrincipal user, string template, string contentType) =>
        !await authorizer.CanOnAllAsync(user, template, contentType) && await authorizer.CanOnSomeAsync(user, template, contentType);
}
