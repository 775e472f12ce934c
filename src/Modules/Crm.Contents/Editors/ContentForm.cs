using Microsoft.AspNetCore.Http;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Contents.ViewModels;

namespace OrchardCrm.Contents.Editors;

/// <summary>
/// The create and edit form of any content type: reads the posted title and fields onto an item (one
/// binder per field kind) and builds the page's model, with the user's input and the messages of a
/// refused save beside their fields.
/// </summary>
public sealed class ContentForm(IContentDefinitionManager definitions, FieldEditorRegistry editors)
{
    public const string DisplayTextKey = "DisplayText";

    /// <summary>Copies the posted title and every field of the type onto the item; returns what could not be read, by "Part.Field".</summary>
    public async Task<ContentErrors> BindAsync(ContentItem item, IFormCollection form)
    {
        var errors = new ContentErrors();
        item.DisplayText = form[DisplayTextKey].ToString().Trim();
        foreach (var field in await definitions.GetFieldsAsync(item.ContentType))
        {
            var context = new FieldBindingContext(form, field.PartName, field.Field, item.GetField(field.PartName, field.Field.Name));
            var json = editors.For(field.Field.FieldKind).Bind(context);
            item.GetOrCreatePart(field.PartName)[field.Field.Name] = json;
            foreach (var message in context.Errors) errors.Add($"{field.PartName}.{field.Field.Name}", message);
        }
        return errors;
    }

    /// <summary>The page's model: from the item when opened, from the posted form when a save was refused.</summary>
    public async Task<ContentEditViewModel> BuildAsync(ContentTypeDefinition type, ContentItem item, bool isNew, bool canPublish,
        IFormCollection? posted = null, ContentErrors? errors = null, string? alert = null, CancellationToken cancellationToken = default)
    {
        errors ??= new ContentErrors();
        var fields = new List<FieldEditorModel>();
        var keys = new HashSet<string>(StringComparer.Ordinal) { DisplayTextKey };
        foreach (var field in await definitions.GetFieldsAsync(type.Name))
        {
            var editor = editors.For(field.Field.FieldKind);
            var key = $"{field.PartName}.{field.Field.Name}";
            keys.Add(key);
            var model = new FieldEditorModel(field.PartName, field.Field, editor, item.GetField(field.PartName, field.Field.Name), posted, errors.For(key));
            await editor.PrepareAsync(model, cancellationToken);
            fields.Add(model);
        }
        return new ContentEditViewModel
        {
            Type = type,
            Item = item,
            IsNew = isNew,
            CanPublish = canPublish,
            DisplayText = posted is null ? item.DisplayText : posted[DisplayTextKey].ToString(),
            DisplayTextErrors = errors.For(DisplayTextKey),
            OtherErrors = errors.Where(e => !keys.Contains(e.Key)).SelectMany(e => e.Value).ToList(),
            Fields = fields,
            Alert = alert,
            ContentItemVersionId = posted?["ContentItemVersionId"].ToString() ?? item.ContentItemVersionId,
            RowVersion = posted is not null && long.TryParse(posted["RowVersion"], out var stamp) ? stamp : item.RowVersion,
        };
    }
}
