using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Saves an item that the services changed on the user's behalf. A published item stays published: for a
/// draftable type the update writes a draft, which is published at once so that the change is live.
/// </summary>
internal static class ContentSaver
{
    public static async Task SaveAsync(this IContentManager content, ContentItem item, CancellationToken cancellationToken = default)
    {
        var wasPublished = item.Published;
        var result = await content.UpdateAsync(item, cancellationToken);
        if (!result.Succeeded) throw new AccountOperationException(item.ContentItemId, $"{item.ContentType} '{item.DisplayText}' could not be saved: {result}");
        if (wasPublished && !item.Published)
        {
            var published = await content.PublishAsync(item, cancellationToken);
            if (!published.Succeeded) throw new AccountOperationException(item.ContentItemId, $"{item.ContentType} '{item.DisplayText}' could not be published: {published}");
        }
    }

    /// <summary>The latest versions of the items (drafts too, so that a pending draft is not left pointing at a merged item).</summary>
    public static async Task<IReadOnlyList<ContentItem>> LatestAsync(this IContentManager content, IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        ids.Count == 0 ? [] : await content.GetManyAsync(ids.Distinct(), VersionOptions.Latest, cancellationToken);
}
