namespace OrchardCrm.ContentManagement.Handlers;

/// <summary>
/// Runs inside a content write's transaction, after the item's rows and indexes are written and before
/// the commit: what it writes (through <c>IRecordStore</c>) commits or rolls back with the item. For
/// work that must never be lost or half-done with the save, such as a search indexing queue entry or an
/// immutable history row. Throwing rolls the whole write back. Register with
/// <c>services.AddContentWriteHandler&lt;T&gt;()</c>; a disabled feature's handlers do not run.
/// Reactions that may fail on their own (notifications, workflows) belong in <see cref="IContentHandler"/>'s "-ed" events.
/// </summary>
public interface IContentWriteHandler
{
    Task WrittenAsync(ContentWrittenContext context, CancellationToken cancellationToken);
}

/// <param name="Operation">One of <see cref="ContentOperations"/>.</param>
/// <param name="Item">The version as written.</param>
/// <param name="Previous">The latest version before the write (updates, publishes, removals), else null.</param>
public sealed record ContentWrittenContext(string Operation, ContentItem Item, ContentItem? Previous);

public static class ContentOperations
{
    public const string Created = "Created";
    public const string Updated = "Updated";
    public const string Published = "Published";
    public const string Unpublished = "Unpublished";
    public const string DraftDiscarded = "DraftDiscarded";
    public const string Removed = "Removed";
}
