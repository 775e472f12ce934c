using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentTypes.Services;

/// <summary>Creates types and changes their settings and parts; checked first, then saved in one write.</summary>
public sealed class ContentTypeEditor(IContentDefinitionManager definitions)
{
    public async Task<EditorErrors> CreateAsync(string? name, string? displayName)
    {
        var errors = new EditorErrors();
        errors.AddIf("Name", TechnicalName.Check(name, "technical name"));
        if (errors.IsValid && await FindIgnoringCaseAsync(name!) is { } existing)
            errors.Add("Name", $"There is already a content type named '{existing.Name}'.");
        if (string.IsNullOrWhiteSpace(displayName))
            errors.Add("DisplayName", "The display name is required.");
        if (!errors.IsValid) return errors;

        // The type's own part holds its custom fields; attaching it now puts those fields first.
        await definitions.AlterTypeDefinitionAsync(name!, type => type
            .DisplayedAs(displayName!.Trim())
            .WithSettings(new ContentTypeSettings())
            .WithPart(name!));
        return errors;
    }

    public async Task<EditorErrors> UpdateAsync(string name, string? displayName, string? description, ContentTypeFlags flags)
    {
        var errors = new EditorErrors();
        if (string.IsNullOrWhiteSpace(displayName)) errors.Add("DisplayName", "The display name is required.");
        if (!errors.IsValid) return errors;

        await definitions.AlterTypeDefinitionAsync(name, type =>
        {
            var settings = type.Definition.TypeSettings;
            settings.Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
            settings.Creatable = flags.Creatable;
            settings.Listable = flags.Listable;
            settings.Draftable = flags.Draftable;
            settings.Versionable = flags.Versionable;
            settings.Securable = flags.Securable;
            type.DisplayedAs(displayName!.Trim()).WithSettings(settings);
        });
        return errors;
    }

    public async Task<EditorErrors> AddPartAsync(string typeName, string? partName)
    {
        var errors = new EditorErrors();
        var type = await definitions.GetTypeDefinitionAsync(typeName);
        if (string.IsNullOrWhiteSpace(partName))
            errors.Add("PartName", "Choose a part to add.");
        else if (await definitions.GetPartDefinitionAsync(partName) is null)
            errors.Add("PartName", $"There is no part named '{partName}'.");
        else if (type is not null && type.Parts.Any(p => p.Name == partName))
            errors.Add("PartName", $"The type already has the part '{partName}'.");
        if (!errors.IsValid) return errors;

        var position = type is null || type.Parts.Count == 0 ? 0 : type.Parts.Max(p => p.Position) + 1;
        await definitions.AlterTypeDefinitionAsync(typeName, t => t.WithPart(partName!, settings => SetPosition(settings, position)));
        return errors;
    }

    public Task RemovePartAsync(string typeName, string partName) =>
        definitions.AlterTypeDefinitionAsync(typeName, type => type.RemovePart(partName));

    /// <summary>Moves a part one place up (-1) or down (+1); nothing happens at either end.</summary>
    public Task MovePartAsync(string typeName, string partName, int offset) =>
        definitions.AlterTypeDefinitionAsync(typeName, type =>
        {
            var order = Ordered(type.Definition).Select(p => p.Name).ToList();
            var index = order.IndexOf(partName);
            var target = index + offset;
            if (index < 0 || target < 0 || target >= order.Count) return;
            (order[index], order[target]) = (order[target], order[index]);
            for (var i = 0; i < order.Count; i++)
            {
                var position = i;
                type.WithPart(order[i], type.Definition.Parts.First(p => p.Name == order[position]).PartName, settings => SetPosition(settings, position));
            }
        });

    public static IReadOnlyList<ContentTypePartDefinition> Ordered(ContentTypeDefinition type) =>
        type.Parts.Select((part, index) => (part, index))
            .OrderBy(p => p.part.Position).ThenBy(p => p.index)
            .Select(p => p.part)
            .ToList();

    private async Task<ContentTypeDefinition?> FindIgnoringCaseAsync(string name) =>
        (await definitions.ListTypeDefinitionsAsync()).FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static void SetPosition(JsonObject settings, int position)
    {
        var partSettings = SettingsReader.Read<ContentTypePartSettings>(settings);
        partSettings.Position = position;
        SettingsReader.Write(settings, partSettings);
    }
}

/// <summary>The switches of a type (<see cref="ContentTypeSettings"/>) that the editor changes.</summary>
public sealed record ContentTypeFlags(bool Creatable, bool Listable, bool Draftable, bool Versionable, bool Securable);
