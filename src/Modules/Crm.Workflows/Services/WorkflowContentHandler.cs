using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Events;
using OrchardCrm.Workflows.Scripting;

namespace OrchardCrm.Workflows.Services;

/// <summary>
/// Raises ContentCreated / Updated / Published / Unpublished / Removed on the event bus after each write
/// commits, with the item as it was written (so a removed item is still readable by the workflow). The bus
/// is resolved when needed: it reaches the workflow engine, which uses the content manager that calls this.
/// </summary>
public sealed class WorkflowContentHandler(IServiceProvider services) : ContentHandlerBase
{
    public override Task CreatedAsync(ContentContext context) => RaiseAsync("ContentCreated", context.ContentItem);
    public override Task UpdatedAsync(ContentContext context) => RaiseAsync("ContentUpdated", context.ContentItem);
    public override Task PublishedAsync(ContentContext context) => RaiseAsync("ContentPublished", context.ContentItem);
    public override Task UnpublishedAsync(ContentContext context) => RaiseAsync("ContentUnpublished", context.ContentItem);
    public override Task RemovedAsync(ContentContext context) => RaiseAsync("ContentRemoved", context.ContentItem);

    private Task RaiseAsync(string name, ContentItem item) =>
        services.GetRequiredService<ICrmEventBus>().PublishAsync(new CrmEvent(name, new Dictionary<string, object?>
        {
            ["ContentItemId"] = item.ContentItemId,
            ["ContentType"] = item.ContentType,
            ["DisplayText"] = item.DisplayText,
            ["Owner"] = item.Owner,
            ["Author"] = item.Author,
            ["Content"] = ContentModel.From(item),
        }, item.ContentItemId));
}
