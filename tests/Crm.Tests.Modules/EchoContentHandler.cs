using OrchardCrm.ContentManagement.Handlers;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoContentHandler(EchoLog log) : ContentHandlerBase
{
    public override Task CreatedAsync(ContentContext context)
    {
        log.Write($"created {context.ContentItem.ContentItemId}");
        return Task.CompletedTask;
    }
}
