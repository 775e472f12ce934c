using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Modules;

namespace OrchardCrm.ContentManagement.Store;

/// <summary>
/// Normalises an item's fields and checks them against the type's field settings, then lets the enabled
/// handlers add their own checks. Every message is keyed by "Part.Field" so forms can show it beside the field.
/// </summary>
internal sealed class ContentValidator(
    IContentDefinitionManager definitions,
    FieldBinder binder,
    IEnabled<IContentHandler> handlers,
    IServiceProvider services)
{
    public const int MaxDisplayTextLength = 1024;

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item, ContentItem? previous = null, IReadOnlyList<FieldBinding>? fields = null)
    {
        var result = new ContentValidationResult();
        var type = await definitions.GetTypeDefinitionAsync(item.ContentType);
        if (type is null)
        {
            result.Fail("ContentType", $"There is no content type '{item.ContentType}'.");
            return result;
        }

        if ((item.DisplayText?.Length ?? 0) > MaxDisplayTextLength)
            result.Fail("DisplayText", $"The title must be at most {MaxDisplayTextLength} characters.");

        foreach (var field in fields ?? await binder.BindAsync(item.ContentType))
        {
            var json = item.GetField(field.PartName, field.Definition.Name);
            if (json is not null) field.Kind.Normalize(json, field.Settings);
            var context = new FieldValidationContext(item, field.PartName, field.Definition, json, services);
            await field.Kind.ValidateAsync(context);
            foreach (var message in context.Errors) result.Fail(field.Key, message);
        }

        var handlerContext = new ContentContext(item) { Previous = previous };
        foreach (var handler in handlers) await handler.ValidatingAsync(handlerContext);
        result.Add(handlerContext.Validation);
        return result;
    }

    /// <summary>A new item's fields set to their defaults.</summary>
    public async Task ApplyDefaultsAsync(ContentItem item)
    {
        foreach (var field in await binder.BindAsync(item.ContentType))
        {
            if (field.Kind.CreateDefault(field.Settings) is { } value)
                item.GetOrCreatePart(field.PartName)[field.Definition.Name] = value;
        }
    }
}
