namespace OrchardCrm.ContentManagement.Handlers;

/// <summary>
/// Reacts to content lifecycle events. Register with <c>services.AddContentHandler&lt;T&gt;()</c> in a
/// feature's startup; a disabled feature's handlers do not run. The "-ing" events run inside the
/// transaction before the write (throwing aborts it; <see cref="ContentContext.Validation"/> may be
/// failed in Creating/Updating/Publishing); the "-ed" events run after the commit.
/// </summary>
public interface IContentHandler
{
    Task ActivatingAsync(ContentContext context) => Task.CompletedTask;
    Task ValidatingAsync(ContentContext context) => Task.CompletedTask;
    Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    Task CreatedAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    Task UpdatedAsync(ContentContext context) => Task.CompletedTask;
    Task PublishingAsync(ContentContext context) => Task.CompletedTask;
    Task PublishedAsync(ContentContext context) => Task.CompletedTask;
    Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;
    Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;
    Task RemovingAsync(ContentContext context) => Task.CompletedTask;
    Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}

/// <summary>A handler that only overrides what it needs.</summary>
public abstract class ContentHandlerBase : IContentHandler
{
    public virtual Task ActivatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task ValidatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task CreatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task CreatedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UpdatingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UpdatedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task PublishingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task PublishedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UnpublishingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task UnpublishedAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task RemovingAsync(ContentContext context) => Task.CompletedTask;
    public virtual Task RemovedAsync(ContentContext context) => Task.CompletedTask;
}

public sealed class ContentContext(ContentItem contentItem)
{
    public ContentItem ContentItem { get; } = contentItem;

    /// <summary>The version as it was before this write (updates and publishes), else null.</summary>
    public ContentItem? Previous { get; init; }

    public ContentValidationResult Validation { get; } = new();
}
