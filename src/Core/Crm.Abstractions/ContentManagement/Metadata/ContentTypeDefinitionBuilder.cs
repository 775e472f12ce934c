using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>Fluent changes to a type definition, used by migrations and recipes.</summary>
public sealed class ContentTypeDefinitionBuilder(ContentTypeDefinition definition)
{
    public ContentTypeDefinition Definition { get; } = definition;

    public ContentTypeDefinitionBuilder DisplayedAs(string displayName) { Definition.DisplayName = displayName; return this; }

    public ContentTypeDefinitionBuilder WithSettings(ContentTypeSettings settings)
    {
        SettingsReader.Write(Definition.Settings, settings);
        return this;
    }

    public ContentTypeDefinitionBuilder Creatable(bool value = true) => AlterSettings(s => s.Creatable = value);
    public ContentTypeDefinitionBuilder Listable(bool value = true) => AlterSettings(s => s.Listable = value);
    public ContentTypeDefinitionBuilder Draftable(bool value = true) => AlterSettings(s => s.Draftable = value);
    public ContentTypeDefinitionBuilder Versionable(bool value = true) => AlterSettings(s => s.Versionable = value);
    public ContentTypeDefinitionBuilder Securable(bool value = true) => AlterSettings(s => s.Securable = value);
    public ContentTypeDefinitionBuilder Stereotype(string value) => AlterSettings(s => s.Stereotype = value);

    private ContentTypeDefinitionBuilder AlterSettings(Action<ContentTypeSettings> alter)
    {
        var settings = Definition.TypeSettings;
        alter(settings);
        return WithSettings(settings);
    }

    /// <summary>Attaches a part (named like the part) or changes its settings.</summary>
    public ContentTypeDefinitionBuilder WithPart(string partName, Action<JsonObject>? settings = null) =>
        WithPart(partName, partName, settings);

    public ContentTypeDefinitionBuilder WithPart(string name, string partName, Action<JsonObject>? settings = null)
    {
        var existing = Definition.Parts.FirstOrDefault(p => p.Name == name);
        if (existing is null)
        {
            existing = new ContentTypePartDefinition { Name = name, PartName = partName };
            SettingsReader.Write(existing.Settings, new ContentTypePartSettings { Position = Definition.Parts.Count });
            Definition.Parts.Add(existing);
        }
        settings?.Invoke(existing.Settings);
        return this;
    }

    public ContentTypeDefinitionBuilder RemovePart(string name)
    {
        Definition.Parts.RemoveAll(p => p.Name == name);
        return this;
    }
}
