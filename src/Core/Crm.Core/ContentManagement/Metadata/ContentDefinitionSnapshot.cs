using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Metadata;

/// <summary>
/// The definitions as stored at one serial of the document. Shared between requests, so nothing in it
/// is ever changed after construction; readers get copies. A type's fields are worked out once per
/// snapshot because the content manager asks for them on every save.
/// </summary>
internal sealed class ContentDefinitionSnapshot
{
    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, ContentPartDefinition> _parts;
    private readonly ConcurrentDictionary<string, IReadOnlyList<TypeField>> _fields = new(StringComparer.Ordinal);

    public ContentDefinitionSnapshot(long serial, JsonObject json)
    {
        Serial = serial;
        Json = json;
        Definitions = ContentDefinitionJson.Read(json);
        Materialize(Json);
        foreach (var type in Definitions.Types) Materialize(type.Settings, type.Parts.Select(p => p.Settings));
        foreach (var part in Definitions.Parts) Materialize(part.Settings, part.Fields.Select(f => f.Settings));
        // First wins if a hand-edited document names a type twice, as ContentDefinitionSet.Type does.
        _types = Definitions.Types.DistinctBy(t => t.Name).ToDictionary(t => t.Name, StringComparer.Ordinal);
        _parts = Definitions.Parts.DistinctBy(p => p.Name).ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>
    /// JSON nodes read from text build their children on first access. Every node is visited once here,
    /// on one thread, so that requests reading the shared snapshot concurrently never race to do it.
    /// </summary>
    private static void Materialize(JsonNode? node, IEnumerable<JsonObject>? more = null)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj) Materialize(child);
                break;
            case JsonArray array:
                foreach (var child in array) Materialize(child);
                break;
        }
        foreach (var other in more ?? []) Materialize(other);
    }

    public static ContentDefinitionSnapshot Empty { get; } = new(-1, new JsonObject());

    /// <summary>The document serial it was read at (0: no document yet; -1: nothing read).</summary>
    public long Serial { get; }

    /// <summary>The document in its canonical form, to tell whether a change changed anything.</summary>
    public JsonObject Json { get; }

    public ContentDefinitionSet Definitions { get; }

    public ContentTypeDefinition? Type(string name) => _types.GetValueOrDefault(name);

    public ContentPartDefinition? Part(string name) => _parts.GetValueOrDefault(name);

    public IReadOnlyList<TypeField> FieldsOf(string contentType) => _fields.GetOrAdd(contentType, ComputeFields);

    private IReadOnlyList<TypeField> ComputeFields(string contentType)
    {
        if (Type(contentType) is not { } type) return [];
        var typeParts = type.Parts
            .Select((part, index) => (part, index))
            .OrderBy(p => p.part.Position).ThenBy(p => p.index)
            .Select(p => (p.part.Name, p.part.PartName))
            .ToList();
        // A type's own part (named like the type) holds the fields added to the type; when a migration
        // defined that part but forgot to attach it, its fields still belong to the type, first.
        if (typeParts.All(p => p.PartName != type.Name) && Part(type.Name) is not null)
            typeParts.Insert(0, (type.Name, type.Name));

        var fields = new List<TypeField>();
        foreach (var (name, partName) in typeParts)
        {
            if (Part(partName) is not { } part) continue; // a part with no definition (a code part) has no fields
            fields.AddRange(part.Fields
                .Select((field, index) => (field, index))
                .OrderBy(f => f.field.PartFieldSettings.Position).ThenBy(f => f.index)
                .Select(f => new TypeField(name, f.field)));
        }
        return fields;
    }
}
