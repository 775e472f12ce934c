using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// Content definitions in Orchard Core's shape, as its recipes and its definitions document write them:
/// <c>{ "ContentTypes": [ { "Name", "DisplayName", "Settings", "ContentTypePartDefinitionRecords": [ { "PartName", "Name", "Settings" } ] } ],
/// "ContentParts": [ { "Name", "Settings", "ContentPartFieldDefinitionRecords": [ { "FieldName", "Name", "Settings" } ] } ] }</c>.
/// In a field record "FieldName" is the field's kind and "Name" its name. Reading is lenient (records
/// without a name are skipped): the ContentDefinition step validates before anything is read.
/// </summary>
public static class ContentDefinitionJson
{
    public const string ContentTypes = "ContentTypes";
    public const string ContentParts = "ContentParts";
    public const string TypePartRecords = "ContentTypePartDefinitionRecords";
    public const string PartFieldRecords = "ContentPartFieldDefinitionRecords";

    public static JsonObject Write(ContentDefinitionSet definitions) => new()
    {
        [ContentTypes] = new JsonArray(definitions.Types.Select(t => (JsonNode)WriteType(t)).ToArray()),
        [ContentParts] = new JsonArray(definitions.Parts.Select(p => (JsonNode)WritePart(p)).ToArray()),
    };

    public static ContentDefinitionSet Read(JsonObject? json) => new()
    {
        Types = Records(json, ContentTypes).Select(ReadType).OfType<ContentTypeDefinition>().ToList(),
        Parts = Records(json, ContentParts).Select(ReadPart).OfType<ContentPartDefinition>().ToList(),
    };

    public static JsonObject WriteType(ContentTypeDefinition type) => new()
    {
        ["Name"] = type.Name,
        ["DisplayName"] = type.DisplayName,
        ["Settings"] = DefinitionCopies.CopyOf(type.Settings),
        [TypePartRecords] = new JsonArray(type.Parts.Select(p => (JsonNode)new JsonObject
        {
            ["PartName"] = p.PartName,
            ["Name"] = p.Name,
            ["Settings"] = DefinitionCopies.CopyOf(p.Settings),
        }).ToArray()),
    };

    public static JsonObject WritePart(ContentPartDefinition part) => new()
    {
        ["Name"] = part.Name,
        ["Settings"] = DefinitionCopies.CopyOf(part.Settings),
        [PartFieldRecords] = new JsonArray(part.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["FieldName"] = f.FieldKind,
            ["Name"] = f.Name,
            ["Settings"] = DefinitionCopies.CopyOf(f.Settings),
        }).ToArray()),
    };

    /// <summary>The type of a record, or null when it has no name.</summary>
    public static ContentTypeDefinition? ReadType(JsonObject record)
    {
        if (StringOf(record, "Name") is not { Length: > 0 } name) return null;
        var parts = new List<ContentTypePartDefinition>();
        foreach (var partRecord in Records(record, TypePartRecords))
        {
            if (StringOf(partRecord, "PartName") is not { Length: > 0 } partName) continue;
            parts.Add(new ContentTypePartDefinition
            {
                PartName = partName,
                Name = StringOf(partRecord, "Name") is { Length: > 0 } named ? named : partName,
                Settings = SettingsOf(partRecord),
            });
        }
        return new ContentTypeDefinition
        {
            Name = name,
            DisplayName = StringOf(record, "DisplayName") is { Length: > 0 } displayName ? displayName : name,
            Settings = SettingsOf(record),
            Parts = parts,
        };
    }

    /// <summary>The part of a record, or null when it has no name.</summary>
    public static ContentPartDefinition? ReadPart(JsonObject record)
    {
        if (StringOf(record, "Name") is not { Length: > 0 } name) return null;
        var fields = new List<ContentPartFieldDefinition>();
        foreach (var fieldRecord in Records(record, PartFieldRecords))
        {
            if (StringOf(fieldRecord, "Name") is not { Length: > 0 } fieldName || StringOf(fieldRecord, "FieldName") is not { Length: > 0 } kind) continue;
            fields.Add(new ContentPartFieldDefinition { Name = fieldName, FieldKind = kind, Settings = SettingsOf(fieldRecord) });
        }
        return new ContentPartDefinition { Name = name, Settings = SettingsOf(record), Fields = fields };
    }

    internal static IEnumerable<JsonObject> Records(JsonObject? json, string property) =>
        json?[property] is JsonArray array ? array.OfType<JsonObject>() : [];

    internal static string? StringOf(JsonObject record, string property) =>
        record[property] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>().Trim() : null;

    private static JsonObject SettingsOf(JsonObject record) => DefinitionCopies.CopyOf(record["Settings"] as JsonObject);
}
