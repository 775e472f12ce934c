namespace OrchardCrm.ContentManagement;

/// <summary>A save made on a stale version: someone else changed the item since it was read.</summary>
public sealed class ContentConflictException(string contentItemId, string contentType, string displayText)
    : Exception($"{contentType} '{displayText}' ({contentItemId}) was changed by someone else since it was opened; reload it and apply your changes again.")
{
    public string ContentItemId { get; } = contentItemId;
}
