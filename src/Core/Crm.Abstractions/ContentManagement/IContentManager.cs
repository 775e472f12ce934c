namespace OrchardCrm.ContentManagement;

/// <summary>Which version of an item to read.</summary>
public enum VersionOptions
{
    /// <summary>The latest version, draft or published.</summary>
    Latest,
    /// <summary>The published version, if any.</summary>
    Published,
    /// <summary>The latest version, made a new draft when the latest is published (to edit it).</summary>
    DraftRequired,
}

/// <summary>
/// Creates, reads, versions and removes content items. Every write validates against the type's field
/// settings, writes the item, its indexes and its audit record in one transaction, and raises the
/// lifecycle events for handlers.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of the type, with its fields' default values.</summary>
    Task<ContentItem> NewAsync(string contentType);

    /// <summary>Stores a new item as a draft or published. Returns the validation errors, if any (nothing is stored then).</summary>
    Task<ContentValidationResult> CreateAsync(ContentItem item, bool publish = true, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetManyAsync(IEnumerable<string> contentItemIds, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves changes to an item obtained from this manager. For a published item of a versionable type a
    /// new draft version is written (the published one stays live until <see cref="PublishAsync"/>);
    /// otherwise the version is updated in place.
    /// </summary>
    /// <exception cref="ContentConflictException">The item was changed by someone else since it was read.</exception>
    Task<ContentValidationResult> UpdateAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Publishes the item's latest version; the previously published version is unpublished.</summary>
    Task<ContentValidationResult> PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task UnpublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Throws the draft away; the published version becomes the latest again.</summary>
    Task DiscardDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>A new item (new ids, a draft) with the same content.</summary>
    Task<ContentItem> CloneAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Soft removal: every version is neither latest nor published; rows and history are kept.</summary>
    Task RemoveAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Every stored version, oldest first.</summary>
    Task<IReadOnlyList<ContentItem>> ListVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Validates without saving.</summary>
    Task<ContentValidationResult> ValidateAsync(ContentItem item);
}
