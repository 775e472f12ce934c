using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentTypes.Services;

/// <summary>
/// The fields of a type: those of its own part, the part named like the type (where Orchard Core, and
/// the kernel, keep a type's custom fields). Every change is checked first and saved in one write of
/// the definitions, so it either applies whole (and shows at once: the definitions are cached by
/// serial) or not at all.
/// </summary>
public sealed class TypeFieldEditor(IContentDefinitionManager definitions, IFieldKindRegistry kinds, FieldSettingsValidator validator)
{
    /// <summary>The type's fields in the order the editors show them.</summary>
    public async Task<IReadOnlyList<ContentPartFieldDefinition>> FieldsAsync(string typeName)
    {
        var part = await definitions.GetPartDefinitionAsync(typeName);
        return part is null ? [] : Ordered(part);
    }

    public async Task<ContentPartFieldDefinition?> FindAsync(string typeName, string fieldName) =>
        (await definitions.GetPartDefinitionAsync(typeName))?.Field(fieldName);

    public async Task<EditorErrors> AddAsync(string typeName, string? name, string? displayName, string? kind)
    {
        var errors = new EditorErrors();
        errors.AddIf("Name", TechnicalName.Check(name, "field name"));
        if (errors.IsValid && await FindAsync(typeName, name!) is { } existing)
            errors.Add("Name", $"The type already has a field named '{existing.Name}'.");
        if (string.IsNullOrWhiteSpace(kind))
            errors.Add("Kind", "Choose the kind of field.");
        else if (kinds.Find(kind) is null)
            errors.Add("Kind", $"'{kind}' is not a known field kind.");
        if (!errors.IsValid) return errors;

        var fields = await FieldsAsync(typeName);
        var position = fields.Count == 0 ? 0 : fields.Max(f => f.PartFieldSettings.Position) + 1;
        var shownAs = string.IsNullOrWhiteSpace(displayName) ? name : displayName.Trim();
        await definitions.AlterPartDefinitionAsync(typeName, part => part.WithField(name!, kind!, shownAs, position: position));
        return errors;
    }

    /// <summary>Replaces the field's display name and its kind's settings.</summary>
    public async Task<EditorErrors> UpdateAsync(string typeName, string fieldName, string? displayName, string? hint, FieldSettings settings)
    {
        var current = await FindAsync(typeName, fieldName) ?? throw new InvalidOperationException($"Type '{typeName}' has no field '{fieldName}'.");
        var changed = new ContentPartFieldDefinition { Name = current.Name, FieldKind = current.FieldKind, Settings = current.Settings.DeepClone().AsObject() };
        var partSettings = changed.PartFieldSettings;
        partSettings.DisplayName = string.IsNullOrWhiteSpace(displayName) ? current.Name : displayName.Trim();
        SettingsReader.Write(changed.Settings, partSettings);
        settings.Hint = string.IsNullOrWhiteSpace(hint) ? null : hint.Trim();
        MergeKindSettings(changed, settings);

        var errors = await validator.ValidateAsync(typeName, changed);
        if (!errors.IsValid) return errors;
        await definitions.AlterPartDefinitionAsync(typeName, part =>
        {
            var field = part.Definition.Field(fieldName)!;
            field.Settings.Clear();
            foreach (var (key, value) in changed.Settings) field.Settings[key] = value?.DeepClone();
        });
        return errors;
    }

    /// <summary>
    /// Writes the known settings over the kind's settings object, keeping any other key in it (a
    /// module's kind may store more than <see cref="FieldSettings"/> knows).
    /// </summary>
    private static void MergeKindSettings(ContentPartFieldDefinition field, FieldSettings settings)
    {
        var key = field.FieldKind + "Settings";
        var written = new JsonObject();
        SettingsReader.Write(written, settings, key);
        if (field.Settings[key] is not JsonObject target)
        {
            target = new JsonObject();
            field.Settings[key] = target;
        }
        foreach (var (name, value) in written[key]!.AsObject().ToList())
        {
            foreach (var stale in target.Select(p => p.Key).Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList())
                target.Remove(stale);
            target[name] = value?.DeepClone();
        }
    }

    public Task RemoveAsync(string typeName, string fieldName) =>
        definitions.AlterPartDefinitionAsync(typeName, part => part.RemoveField(fieldName));

    /// <summary>Puts the fields in the given order, which must name every field of the type once.</summary>
    public async Task<EditorErrors> ReorderAsync(string typeName, IReadOnlyList<string> order)
    {
        var errors = new EditorErrors();
        var fields = await FieldsAsync(typeName);
        var names = fields.Select(f => f.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (order.Count != fields.Count || !names.SetEquals(order) || order.Distinct(StringComparer.OrdinalIgnoreCase).Count() != order.Count)
        {
            errors.Add("Order", "The fields changed while you were reordering them; the page now shows them as they are. Try again.");
            return errors;
        }
        await definitions.AlterPartDefinitionAsync(typeName, part => ApplyOrder(part, order));
        return errors;
    }

    /// <summary>Moves a field one place up (-1) or down (+1); nothing happens at either end.</summary>
    public async Task MoveAsync(string typeName, string fieldName, int offset)
    {
        var order = (await FieldsAsync(typeName)).Select(f => f.Name).ToList();
        var index = order.FindIndex(n => string.Equals(n, fieldName, StringComparison.OrdinalIgnoreCase));
        var target = index + offset;
        if (index < 0 || target < 0 || target >= order.Count) return;
        (order[index], order[target]) = (order[target], order[index]);
        await definitions.AlterPartDefinitionAsync(typeName, part => ApplyOrder(part, order));
    }

    /// <summary>Positions 0..n-1 in the given order, and the list itself sorted the same way, so every reader agrees.</summary>
    private static void ApplyOrder(ContentPartDefinitionBuilder part, IReadOnlyList<string> order)
    {
        var rank = order.Select((name, index) => (name, index)).ToDictionary(x => x.name, x => x.index, StringComparer.OrdinalIgnoreCase);
        part.Definition.Fields.Sort((a, b) => rank[a.Name].CompareTo(rank[b.Name]));
        foreach (var field in part.Definition.Fields.ToList())
            part.WithField(field.Name, field.FieldKind, position: rank[field.Name]);
    }

    private static IReadOnlyList<ContentPartFieldDefinition> Ordered(ContentPartDefinition part) =>
        part.Fields.Select((field, index) => (field, index))
            .OrderBy(f => f.field.PartFieldSettings.Position).ThenBy(f => f.index)
            .Select(f => f.field)
            .ToList();
}
