using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// Deep copies of definitions. The manager hands out copies so that a caller changing a definition it
/// read (its settings are mutable JSON) cannot change what every other request sees.
/// </summary>
public static class DefinitionCopies
{
    public static ContentTypeDefinition Copy(this ContentTypeDefinition type) => new()
    {
        Name = type.Name,
        DisplayName = type.DisplayName,
        Settings = CopyOf(type.Settings),
        Parts = type.Parts.Select(p => p.Copy()).ToList(),
    };

    public static ContentTypePartDefinition Copy(this ContentTypePartDefinition typePart) => new()
    {
        Name = typePart.Name,
        PartName = typePart.PartName,
        Settings = CopyOf(typePart.Settings),
    };

    public static ContentPartDefinition Copy(this ContentPartDefinition part) => new()
    {
        Name = part.Name,
        Settings = CopyOf(part.Settings),
        Fields = part.Fields.Select(f => f.Copy()).ToList(),
    };

    public static ContentPartFieldDefinition Copy(this ContentPartFieldDefinition field) => new()
    {
        Name = field.Name,
        FieldKind = field.FieldKind,
        Settings = CopyOf(field.Settings),
    };

    internal static JsonObject CopyOf(JsonObject? settings) => settings?.DeepClone() as JsonObject ?? new JsonObject();
}
