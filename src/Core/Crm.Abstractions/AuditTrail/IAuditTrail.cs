namespace OrchardCrm.AuditTrail;

/// <summary>The audit trail of content: one entry per save, with each field that changed.</summary>
public interface IAuditTrail
{
    /// <summary>The entries of an item, newest first.</summary>
    Task<IReadOnlyList<AuditTrailEntry>> ListForItemAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>The entries of several items together, newest first, at most <paramref name="take"/> of them (one read, however many items).</summary>
    Task<IReadOnlyList<AuditTrailEntry>> ListForItemsAsync(IReadOnlyCollection<string> contentItemIds, int take, CancellationToken cancellationToken = default);
}

/// <param name="EventName">Created, Updated, Published, Unpublished, DraftDiscarded, Removed, Cloned, Restored...</param>
public sealed record AuditTrailEntry(long Id, string ContentItemId, string? ContentItemVersionId, string ContentType, string EventName, string? UserName, DateTime CreatedUtc, IReadOnlyList<FieldChange> Changes, string? Comment);

/// <param name="Field">"Part.Field" (or "DisplayText", "Owner").</param>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
