using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// Upserts a recipe's types and parts into the definitions, as Orchard Core's ContentDefinition step
/// does: what the recipe names is created or updated (settings merged key by key), what it does not
/// name is left alone. Merging the same records twice gives the same definitions.
/// </summary>
internal static class ContentDefinitionMerge
{
    public static void MergeType(ContentDefinitionSet definitions, ContentTypeDefinition incoming, bool displayNameGiven)
    {
        var type = definitions.Type(incoming.Name);
        if (type is null)
        {
            type = new ContentTypeDefinition { Name = incoming.Name, DisplayName = incoming.DisplayName };
            definitions.Types.Add(type);
        }
        else if (displayNameGiven)
        {
            type.DisplayName = incoming.DisplayName;
        }
        MergeSettings(type.Settings, incoming.Settings);

        foreach (var part in incoming.Parts)
        {
            var index = type.Parts.FindIndex(p => p.Name == part.Name);
            if (index < 0)
            {
                var added = part.Copy();
                EnsurePosition(added.Settings, nameof(ContentTypePartSettings), type.Parts.Count);
                type.Parts.Add(added);
                continue;
            }
            var existing = type.Parts[index];
            var settings = DefinitionCopies.CopyOf(existing.Settings);
            MergeSettings(settings, part.Settings);
            type.Parts[index] = new ContentTypePartDefinition { Name = existing.Name, PartName = part.PartName, Settings = settings };
        }
    }

    public static void MergePart(ContentDefinitionSet definitions, ContentPartDefinition incoming)
    {
        var part = definitions.Part(incoming.Name);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = incoming.Name };
            definitions.Parts.Add(part);
        }
        MergeSettings(part.Settings, incoming.Settings);

        foreach (var field in incoming.Fields)
        {
            var existing = part.Field(field.Name);
            if (existing is null)
            {
                var added = field.Copy();
                EnsurePosition(added.Settings, nameof(ContentPartFieldSettings), part.Fields.Count);
                part.Fields.Add(added);
                continue;
            }
            // Validation refuses this; the check stays so that nothing half-merged is ever saved.
            if (existing.FieldKind != field.FieldKind)
                throw new InvalidOperationException($"Field '{part.Name}.{existing.Name}' is a {existing.FieldKind}; it cannot become a {field.FieldKind}.");
            MergeSettings(existing.Settings, field.Settings);
        }
    }

    /// <summary>Objects are merged key by key; any other value given replaces the stored one.</summary>
    public static void MergeSettings(JsonObject target, JsonObject incoming)
    {
        foreach (var (key, value) in incoming)
        {
            if (value is JsonObject incomingObject && target[key] is JsonObject targetObject)
                MergeSettings(targetObject, incomingObject);
            else
                target[key] = value?.DeepClone();
        }
    }

    /// <summary>A part or field added without a position goes after those already there (other settings untouched).</summary>
    private static void EnsurePosition(JsonObject settings, string settingsKey, int position)
    {
        if (settings[settingsKey] is not JsonObject values)
        {
            values = new JsonObject();
            settings[settingsKey] = values;
        }
        if (!values.ContainsKey("Position")) values["Position"] = position;
    }
}
