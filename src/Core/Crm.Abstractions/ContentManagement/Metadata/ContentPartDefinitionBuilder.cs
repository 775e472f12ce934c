namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>Fluent changes to a part definition: its fields and their settings.</summary>
public sealed class ContentPartDefinitionBuilder(ContentPartDefinition definition)
{
    public ContentPartDefinition Definition { get; } = definition;

    /// <summary>Adds a field of the given kind, or changes its settings when it exists.</summary>
    public ContentPartDefinitionBuilder WithField(string name, string fieldKind, string? displayName = null, Action<FieldSettings>? settings = null, int? position = null)
    {
        var field = Definition.Field(name);
        if (field is null)
        {
            field = new ContentPartFieldDefinition { Name = name, FieldKind = fieldKind };
            Definition.Fields.Add(field);
        }
        else if (field.FieldKind != fieldKind)
        {
            throw new InvalidOperationException($"Field '{Definition.Name}.{name}' is a {field.FieldKind}; it cannot become a {fieldKind}.");
        }

        var partFieldSettings = field.PartFieldSettings;
        if (displayName is not null) partFieldSettings.DisplayName = displayName;
        partFieldSettings.Position = position ?? (partFieldSettings.Position == 0 ? Definition.Fields.IndexOf(field) : partFieldSettings.Position);
        SettingsReader.Write(field.Settings, partFieldSettings);

        if (settings is not null)
        {
            var fieldSettings = field.FieldSettings;
            settings(fieldSettings);
            SettingsReader.Write(field.Settings, fieldSettings, fieldKind + "Settings");
        }
        return this;
    }

    public ContentPartDefinitionBuilder RemoveField(string name)
    {
        Definition.Fields.RemoveAll(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        return this;
    }
}
