using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Contents.Editors;

/// <summary>
/// What a field editor partial renders: the field's definition, its value, and — after a refused save —
/// exactly what the user typed, so nothing is lost when the form comes back with messages.
/// </summary>
public sealed class FieldEditorModel(string partName, ContentPartFieldDefinition definition, IFieldEditor editor, JsonObject? value, IFormCollection? posted, IReadOnlyList<string> errors)
{
    private const string Prefix = "Fields";

    public string PartName { get; } = partName;
    public ContentPartFieldDefinition Definition { get; } = definition;
    public FieldSettings Settings { get; } = definition.FieldSettings;
    public IFieldEditor Editor { get; } = editor;
    public JsonObject? Value { get; } = value;
    public IReadOnlyList<string> Errors { get; } = errors;

    /// <summary>Whatever the editor loaded in <see cref="IFieldEditor.PrepareAsync"/>.</summary>
    public object? Data { get; set; }

    /// <summary>"Part.Field", the key of the field's validation messages.</summary>
    public string Key => $"{PartName}.{Definition.Name}";
    public string DisplayName => Definition.DisplayName;
    public bool Required => Settings.Required;
    public string? Hint => Settings.Hint is { Length: > 0 } hint ? hint : Definition.PartFieldSettings.Description;
    public bool HasErrors => Errors.Count > 0;

    public string HintId => Id("hint");
    public string ErrorsId => Id("errors");

    /// <summary>The ids for aria-describedby: the hint and the messages, when shown.</summary>
    public string? DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (Hint is not null) ids.Add(HintId);
            if (HasErrors) ids.Add(ErrorsId);
            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }

    /// <summary>Bootstrap classes of an input, marked invalid when the field has messages.</summary>
    public string Css(string classes = "form-control") => HasErrors ? classes + " is-invalid" : classes;

    /// <summary>aria-invalid's value (null leaves the attribute out).</summary>
    public string? AriaInvalid => HasErrors ? "true" : null;

    public string? AriaRequired => Required ? "true" : null;

    /// <summary>The name of one of the field's inputs in the form.</summary>
    public string Name(string input) => InputName(PartName, Definition.Name, input);

    public static string InputName(string partName, string fieldName, string input) => $"{Prefix}.{partName}.{fieldName}.{input}";

    /// <summary>An element id for one of the field's inputs, safe in HTML and CSS selectors.</summary>
    public string Id(string input)
    {
        var id = new StringBuilder("f-");
        foreach (var c in $"{PartName}-{Definition.Name}-{input}") id.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return id.ToString();
    }

    /// <summary>The text an input shows: what was posted, else the JSON property as text.</summary>
    public string? Text(string input, string? property = null)
    {
        if (posted is not null) return posted.TryGetValue(Name(input), out var v) ? v.ToString() : null;
        return Value?[property ?? input] switch
        {
            null => null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            var node => node.ToJsonString(),
        };
    }

    /// <summary>The values a multi-valued input shows: what was posted, else the JSON array's strings.</summary>
    public IReadOnlyList<string> Texts(string input, string? property = null)
    {
        // A blank posted value is the "(none)" choice of a select, not a value.
        if (posted is not null) return posted.TryGetValue(Name(input), out var v) ? v.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList() : [];
        return Value?[property ?? input] is JsonArray array
            ? array.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String).Select(n => n!.GetValue<string>()).ToList()
            : [];
    }

    /// <summary>Whether the form was posted (a refused save), as opposed to opened.</summary>
    public bool WasPosted => posted is not null;
}
