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
    IFieldKindRegistry fieldKinds,
    IEnabled<IContentHandler> handlers,
    IServiceProvider services)
{
    public const int MaxDisplayTextLength = 1024;

    public async Task<ContentValidationResult> ValidateAsync(ContentItem item, ContentItem? previous = null)
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

        foreach (var (partName, field) in await definitions.GetFieldsAsync(item.ContentType))
        {
            var kind = fieldKinds.Find(field.FieldKind);
            if (kind is null) continue;
            var json = item.GetField(partName, field.Name);
            if (json is not null) kind.Normalize(json, field.FieldSettings);
            var context = new FieldValidationContext(item, partName, field, json, services);
            await kind.ValidateAsync(context);
            foreach (var message in context.Errors) result.Fail($"{partName}.{field.Name}", message);
        }

        var handlerContext = new ContentContext(item) { Previous = previous };
        foreach (var handler in handlers) await handler.ValidatingAsync(handlerContext);
        result.Add(handlerContext.Validation);
        return result;
    }

    /// <summary>A new item's fields set to their defaults.</summary>
    public async Task ApplyDefaultsAsync(ContentItem item)
    {
        foreach (var (partName, field) in await definitions.GetFieldsAsync(item.ContentType))
        {
            if (fieldKinds.Find(field.FieldKind)?.CreateDefault(field.FieldSettings) is { } value)
                item.GetOrCreatePart(partName)[field.Name] = value;
        }
    }
}
