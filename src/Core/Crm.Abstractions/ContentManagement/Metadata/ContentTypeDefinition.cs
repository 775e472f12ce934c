using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>A content type: its parts (in order) and settings such as <see cref="ContentTypeSettings"/>.</summary>
public sealed class ContentTypeDefinition
{
    public required string Name { get; init; }
    public string DisplayName { get; set; } = "";
    public List<ContentTypePartDefinition> Parts { get; init; } = [];

    /// <summary>Settings keyed by settings class name, as Orchard Core writes them: <c>{ "ContentTypeSettings": { "Creatable": true } }</c>.</summary>
    public JsonObject Settings { get; init; } = new();

    public ContentTypeSettings TypeSettings => SettingsReader.Read<ContentTypeSettings>(Settings);
}

/// <summary>A part attached to a type. <see cref="Name"/> differs from <see cref="PartName"/> only when a part is attached twice (named parts).</summary>
public sealed class ContentTypePartDefinition
{
    public required string Name { get; init; }
    public required string PartName { get; init; }
    public JsonObject Settings { get; init; } = new();

    public int Position => SettingsReader.Read<ContentTypePartSettings>(Settings).Position;
}

public sealed class ContentTypeSettings
{
    public bool Creatable { get; set; } = true;
    public bool Listable { get; set; } = true;
    public bool Draftable { get; set; } = true;
    public bool Versionable { get; set; } = true;
    public bool Securable { get; set; } = true;
    public string? Stereotype { get; set; }
    public string? Description { get; set; }
}

public sealed class ContentTypePartSettings
{
    public string? DisplayName { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
}
