using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// Checks a ContentDefinition step record by record, naming the JSON path of every problem
/// (<c>ContentParts[0].ContentPartFieldDefinitionRecords[2].FieldName</c>), so that a bad recipe is
/// refused before anything is saved.
/// </summary>
internal sealed partial class ContentDefinitionStepValidation(
    RecipeStepContext context,
    IReadOnlyList<ContentPartDefinition> existingParts,
    Func<string, bool> isKnownKind,
    IEnumerable<string> knownKinds)
{
    private const string TechnicalNameRule = "use letters, digits and underscores, starting with a letter";

    /// <summary>Where the field kinds that earlier ContentDefinition steps of the recipe define are kept for later ones.</summary>
    private const string FieldKindsProperty = "ContentDefinition.FieldKinds";

    /// <summary>The kind of each field ("Part.Field") as it will be once this and the earlier steps of the recipe run.</summary>
    private readonly Dictionary<string, string> _fieldKinds = FieldKindsOf(context.State, existingParts);

    public List<string> TypesDefined { get; } = [];

    public void Run()
    {
        if (context.Step[ContentDefinitionJson.ContentTypes] is null && context.Step[ContentDefinitionJson.ContentParts] is null)
        {
            context.Fail(ContentDefinitionJson.ContentTypes, "the step defines nothing: give \"ContentTypes\", \"ContentParts\" or both.");
            return;
        }
        foreach (var (path, record) in Records(context.Step, ContentDefinitionJson.ContentParts, ContentDefinitionJson.ContentParts))
            ValidatePart(path, record);
        foreach (var (path, record) in Records(context.Step, ContentDefinitionJson.ContentTypes, ContentDefinitionJson.ContentTypes))
            ValidateType(path, record);
    }

    private void ValidateType(string path, JsonObject record)
    {
        var name = RequireName(record, "Name", path);
        if (name is not null) TypesDefined.Add(name);
        OptionalString(record, "DisplayName", path);
        ValidateSettings<ContentTypeSettings>(SettingsOf(record, path), path);

        var partNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (partPath, partRecord) in Records(record, ContentDefinitionJson.TypePartRecords, $"{path}.{ContentDefinitionJson.TypePartRecords}"))
        {
            var partName = RequireName(partRecord, "PartName", partPath);
            var named = partRecord["Name"] is null ? partName : RequireName(partRecord, "Name", partPath);
            if (named is not null && !partNames.Add(named))
                context.Fail($"{partPath}.Name", $"the type lists the part '{named}' twice; give the second one another \"Name\".");
            ValidateSettings<ContentTypePartSettings>(SettingsOf(partRecord, partPath), partPath);
        }
    }

    private void ValidatePart(string path, JsonObject record)
    {
        var partName = RequireName(record, "Name", path);
        SettingsOf(record, path);

        var fieldNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (fieldPath, fieldRecord) in Records(record, ContentDefinitionJson.PartFieldRecords, $"{path}.{ContentDefinitionJson.PartFieldRecords}"))
        {
            var fieldName = RequireName(fieldRecord, "Name", fieldPath);
            var kind = ContentDefinitionJson.StringOf(fieldRecord, "FieldName");
            if (fieldRecord["FieldName"] is not null && kind is null)
                context.Fail($"{fieldPath}.FieldName", "must be the name of a field kind, e.g. \"TextField\".");
            else if (string.IsNullOrEmpty(kind))
                context.Fail($"{fieldPath}.FieldName", "is required: the field's kind, e.g. \"TextField\".");
            else if (!isKnownKind(kind))
                context.Fail($"{fieldPath}.FieldName", $"unknown field kind '{kind}'; the known kinds are {string.Join(", ", knownKinds.Order(StringComparer.Ordinal))}.");

            if (fieldName is not null && !fieldNames.Add(fieldName))
                context.Fail($"{fieldPath}.Name", $"the part has two fields named '{fieldName}'.");
            else if (fieldName is not null && partName is not null && !string.IsNullOrEmpty(kind))
                CheckKindUnchanged(partName, fieldName, kind, $"{fieldPath}.FieldName");

            var settings = SettingsOf(fieldRecord, fieldPath);
            ValidateSettings<ContentPartFieldSettings>(settings, fieldPath);
            if (!string.IsNullOrEmpty(kind)) ValidateSettings<FieldSettings>(settings, fieldPath, kind + "Settings");
        }
    }

    /// <summary>A field keeps its kind: stored values of one kind are not values of another.</summary>
    private void CheckKindUnchanged(string partName, string fieldName, string kind, string path)
    {
        var key = Key(partName, fieldName);
        if (_fieldKinds.TryGetValue(key, out var current) && current != kind)
            context.Fail(path, $"field '{partName}.{fieldName}' is a {current}; it cannot become a {kind}. Add a field with another name instead.");
        else
            _fieldKinds[key] = kind;
    }

    /// <summary>The records of an optional array property, each with its path; reports non-objects.</summary>
    private IEnumerable<(string Path, JsonObject Record)> Records(JsonObject owner, string property, string path)
    {
        var node = owner[property];
        if (node is null) yield break;
        if (node is not JsonArray array)
        {
            context.Fail(path, "must be an array.");
            yield break;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject record) yield return ($"{path}[{i}]", record);
            else context.Fail($"{path}[{i}]", "must be an object.");
        }
    }

    private string? RequireName(JsonObject record, string property, string path)
    {
        var node = record[property];
        var value = ContentDefinitionJson.StringOf(record, property);
        if (node is null || value is { Length: 0 })
        {
            context.Fail($"{path}.{property}", "is required.");
            return null;
        }
        if (value is null)
        {
            context.Fail($"{path}.{property}", "must be a string.");
            return null;
        }
        if (!TechnicalName().IsMatch(value))
        {
            context.Fail($"{path}.{property}", $"'{value}' is not a valid technical name: {TechnicalNameRule}.");
            return null;
        }
        return value;
    }

    private void OptionalString(JsonObject record, string property, string path)
    {
        if (record[property] is { } node && node.GetValueKind() != JsonValueKind.String)
            context.Fail($"{path}.{property}", "must be a string.");
    }

    /// <summary>"Settings", when given, must be an object.</summary>
    private JsonObject? SettingsOf(JsonObject record, string path)
    {
        var node = record["Settings"];
        if (node is null or JsonObject) return node as JsonObject;
        context.Fail($"{path}.Settings", "must be an object.");
        return null;
    }

    /// <summary>
    /// The settings the kernel reads (<typeparamref name="T"/>, under <paramref name="key"/>) must read:
    /// a bad value such as "Position": "first" would otherwise break every later use of the definition.
    /// </summary>
    private void ValidateSettings<T>(JsonObject? settings, string path, string? key = null) where T : new()
    {
        var settingsKey = key ?? typeof(T).Name;
        if (settings?[settingsKey] is not { } node) return;
        if (node is not JsonObject)
        {
            context.Fail($"{path}.Settings.{settingsKey}", "must be an object.");
            return;
        }
        try
        {
            SettingsReader.Read<T>(settings, settingsKey);
        }
        catch (JsonException e)
        {
            var member = e.Path is { Length: > 2 } jsonPath ? jsonPath[2..] : "";
            context.Fail($"{path}.Settings.{settingsKey}{(member.Length > 0 ? "." + member : "")}", $"has a value of the wrong type ({FirstSentence(e.Message)}).");
        }
    }

    private static Dictionary<string, string> FieldKindsOf(RecipeExecutionState state, IReadOnlyList<ContentPartDefinition> existingParts)
    {
        if (state.Properties.TryGetValue(FieldKindsProperty, out var kept) && kept is Dictionary<string, string> kinds) return kinds;
        kinds = existingParts
            .SelectMany(p => p.Fields.Select(f => (Key: Key(p.Name, f.Name), f.FieldKind)))
            .DistinctBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(x => x.Key, x => x.FieldKind, StringComparer.OrdinalIgnoreCase);
        state.Properties[FieldKindsProperty] = kinds;
        return kinds;
    }

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');

    private static string Key(string part, string field) => part + "." + field;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex TechnicalName();
}
