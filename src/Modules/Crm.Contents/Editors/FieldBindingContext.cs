using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Contents.Editors;

/// <summary>What a binder reads: the posted form, the field's definition and its JSON before the edit.</summary>
public sealed class FieldBindingContext(IFormCollection form, string partName, ContentPartFieldDefinition definition, JsonObject? existing)
{
    public string PartName { get; } = partName;
    public ContentPartFieldDefinition Definition { get; } = definition;
    public FieldSettings Settings { get; } = definition.FieldSettings;
    public string DisplayName => Definition.DisplayName;

    public List<string> Errors { get; } = [];

    public void Fail(string message) => Errors.Add(message);

    /// <summary>The field's JSON before the edit, copied, so properties no editor knows about survive a save.</summary>
    public JsonObject Start() => existing?.DeepClone() as JsonObject ?? new JsonObject();

    /// <summary>One posted input of the field, e.g. "Amount" (null when absent).</summary>
    public string? Value(string input) => form.TryGetValue(FieldEditorModel.InputName(PartName, Definition.Name, input), out var v) ? v.ToString() : null;

    /// <summary>Every posted value of an input (checkbox groups, multi-selects, picked items).</summary>
    public StringValues Values(string input) =>
        form.TryGetValue(FieldEditorModel.InputName(PartName, Definition.Name, input), out var v) ? v : StringValues.Empty;

    /// <summary>Sets a text property, or removes it when the input is blank.</summary>
    public static void SetText(JsonObject field, string property, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) field.Remove(property);
        else field[property] = value;
    }

    /// <summary>Sets a list property from values, dropping blanks.</summary>
    public static void SetList(JsonObject field, string property, IEnumerable<string?> values) =>
        field[property] = new JsonArray(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)v!.Trim()).ToArray());
}
