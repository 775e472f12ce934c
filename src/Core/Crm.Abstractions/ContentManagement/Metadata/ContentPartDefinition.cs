using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// A part and its fields. A type's own fields live on the part named after the type (Orchard Core's
/// convention), so adding a custom field to "Account" adds it to the "Account" part.
/// </summary>
public sealed class ContentPartDefinition
{
    public required string Name { get; init; }
    public List<ContentPartFieldDefinition> Fields { get; init; } = [];
    public JsonObject Settings { get; init; } = new();

    public ContentPartFieldDefinition? Field(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// A field of a part: its kind (<see cref="FieldKinds"/>), name and settings. Settings are keyed by class
/// name as in Orchard Core: <c>ContentPartFieldSettings</c> (display name, position) and
/// <c>{Kind}Settings</c>, e.g. <c>TextFieldSettings</c>, read as <see cref="FieldSettings"/>.
/// </summary>
public sealed class ContentPartFieldDefinition
{
    public required string Name { get; init; }
    public required string FieldKind { get; init; }
    public JsonObject Settings { get; init; } = new();

    public ContentPartFieldSettings PartFieldSettings => SettingsReader.Read<ContentPartFieldSettings>(Settings);

    /// <summary>The kind-specific settings (<c>{Kind}Settings</c>).</summary>
    public FieldSettings FieldSettings => SettingsReader.Read<FieldSettings>(Settings, FieldKind + "Settings");

    public string DisplayName => PartFieldSettings.DisplayName is { Length: > 0 } d ? d : Name;
}

public sealed class ContentPartFieldSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
}

/// <summary>The settings every field kind understands; each kind uses those that make sense for it.</summary>
public sealed class FieldSettings
{
    public bool Required { get; set; }
    public string? Hint { get; set; }
    public decimal? Minimum { get; set; }
    public decimal? Maximum { get; set; }
    public int? MaxLength { get; set; }

    /// <summary>Options fields: the allowed values.</summary>
    public List<string> Options { get; set; } = [];

    /// <summary>Options, content picker and user picker: whether several values may be chosen.</summary>
    public bool Multiple { get; set; }

    /// <summary>Content picker: the types that may be referenced (empty: any).</summary>
    public List<string> AllowedContentTypes { get; set; } = [];

    /// <summary>Money: the currency used when none is given.</summary>
    public string? DefaultCurrency { get; set; }

    /// <summary>Text: "Standard" (single line) or "TextArea" (multi-line).</summary>
    public string? Editor { get; set; }

    /// <summary>The value given to a new item, as the field would hold it (text, number, ISO date, true/false, option).</summary>
    public string? DefaultValue { get; set; }
}
