using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>
/// Picked items shown as removable chips (each holding a hidden input with the item's id), and a search box
/// whose typeahead (htmx, /admin/contents/picker) offers items of the allowed types.
/// </summary>
public sealed class ContentPickerFieldEditor(IContentManager content) : IFieldEditor
{
    public const string Input = "ContentItemIds";

    public string FieldKind => FieldKinds.ContentPicker;
    public string Partial => "ContentPickerField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        FieldBindingContext.SetList(field, Input, context.Values(Input));
        return field;
    }

    public async ValueTask PrepareAsync(FieldEditorModel model, CancellationToken cancellationToken) =>
        model.Data = await PickedAsync(model.Texts(Input), cancellationToken);

    public async ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        string.Join(", ", (await PickedAsync(FieldValues.List(field, Input), cancellationToken)).Select(p => p.Title));

    /// <summary>The picked ids in order with their titles; an id no longer found is shown as itself.</summary>
    private async Task<IReadOnlyList<PickedItem>> PickedAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var found = (await content.GetManyAsync(ids, VersionOptions.Latest, cancellationToken)).ToDictionary(i => i.ContentItemId);
        return ids.Distinct().Select(id => found.TryGetValue(id, out var item)
            ? new PickedItem(id, item.DisplayText is { Length: > 0 } t ? t : id, item.ContentType)
            : new PickedItem(id, id, null)).ToList();
    }
}

/// <summary>A chip of a content picker.</summary>
public sealed record PickedItem(string ContentItemId, string Title, string? ContentType);
