using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// A kind whose value is a list of strings (<c>{ "Values": [...] }</c>, <c>{ "Tags": [...] }</c>, ids of
/// pickers): values are trimmed, blanks dropped and duplicates removed; Minimum and Maximum bound how
/// many there are; each value is one index entry.
/// </summary>
public abstract class StringListFieldKind : IFieldKind
{
    public abstract string Name { get; }

    /// <summary>The JSON property holding the array.</summary>
    protected abstract string Property { get; }

    /// <summary>What the values should be, for the wrong-type message: "a list of options"...</summary>
    protected abstract string Expected { get; }

    protected virtual FieldIndexKind IndexKind => FieldIndexKind.Text;

    /// <summary>When two values are the same value.</summary>
    protected virtual StringComparer Sameness => StringComparer.Ordinal;

    /// <summary>Whether more than one value needs the Multiple setting.</summary>
    protected virtual bool SingleUnlessMultiple => true;

    /// <summary>The default value, for lists: comma-separated values.</summary>
    public JsonObject? CreateDefault(FieldSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.DefaultValue)) return null;
        var field = new JsonObject { [Property] = new JsonArray(settings.DefaultValue.Split(',').Select(v => (JsonNode?)v).ToArray()) };
        Normalize(field, settings);
        return ValuesOf(field).Count == 0 ? null : field;
    }

    public void Normalize(JsonObject field, FieldSettings settings)
    {
        if (!FieldJson.TryStringList(field, Property, out var values) || field[Property] is null) return;
        var cleaned = Clean(values).Select(v => Canonical(v, settings)).Distinct(Sameness).ToArray();
        field[Property] = new JsonArray(cleaned.Select(v => (JsonNode?)v).ToArray());
    }

    public async ValueTask ValidateAsync(FieldValidationContext context)
    {
        if (!FieldJson.TryStringList(context.Field, Property, out var raw))
        {
            context.Fail(FieldMessages.WrongType(context, Expected));
            return;
        }
        var values = Clean(raw).Distinct(Sameness).ToList();
        if (values.Count == 0)
        {
            if (context.Settings.Required) context.Fail(FieldMessages.Required(context));
            return;
        }
        if (SingleUnlessMultiple && !context.Settings.Multiple && values.Count > 1) context.Fail(FieldMessages.OnlyOne(context));
        if (context.Settings.Minimum is { } minimum && values.Count < minimum) context.Fail(FieldMessages.TooFew(context, minimum));
        if (context.Settings.Maximum is { } maximum && values.Count > maximum) context.Fail(FieldMessages.TooMany(context, maximum));
        await CheckAsync(values, context);
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) =>
        ValuesOf(field).Select(v => new FieldIndexEntry(IndexKind, v));

    public string ToDisplayText(JsonObject? field) => string.Join(", ", ValuesOf(field));

    /// <summary>Checks the values (trimmed, distinct, at least one) beyond their number.</summary>
    protected virtual ValueTask CheckAsync(IReadOnlyList<string> values, FieldValidationContext context) => ValueTask.CompletedTask;

    /// <summary>The stored spelling of a value (options use the option's own spelling).</summary>
    protected virtual string Canonical(string value, FieldSettings settings) => value;

    private List<string> ValuesOf(JsonObject? field) =>
        FieldJson.TryStringList(field, Property, out var values) ? Clean(values).Distinct(Sameness).ToList() : [];

    private static IEnumerable<string> Clean(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0);
}
