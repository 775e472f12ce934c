using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields;

/// <summary>
/// What the kernel knows about a field kind: how to validate and normalise its JSON, how to index it,
/// and how to show its value as text (for audit trails and lists). Built-in kinds are in the kernel;
/// modules may register more with <c>services.AddFieldKind&lt;T&gt;()</c>.
/// </summary>
public interface IFieldKind
{
    /// <summary>The kind's name in definitions, e.g. "TextField".</summary>
    string Name { get; }

    /// <summary>The JSON of a new field holding the settings' default value, or null when there is none.</summary>
    JsonObject? CreateDefault(FieldSettings settings);

    /// <summary>Cleans the value in place (trims, sanitises HTML, normalises case of currencies...).</summary>
    void Normalize(JsonObject field, FieldSettings settings);

    /// <summary>Checks the value against the settings; adds messages with <paramref name="fail"/>.</summary>
    ValueTask ValidateAsync(FieldValidationContext context);

    /// <summary>The index rows of the value: each a kind of index and a value.</summary>
    IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings);

    /// <summary>The value as a short text for people (audit trail, lists), or "" when empty.</summary>
    string ToDisplayText(JsonObject? field);
}

public sealed class FieldValidationContext(ContentItem item, string partName, ContentPartFieldDefinition definition, JsonObject? field, IServiceProvider services)
{
    public ContentItem ContentItem { get; } = item;
    public string PartName { get; } = partName;
    public ContentPartFieldDefinition Definition { get; } = definition;
    public FieldSettings Settings { get; } = definition.FieldSettings;

    /// <summary>The field's JSON, or null when the item does not hold it.</summary>
    public JsonObject? Field { get; } = field;

    public IServiceProvider Services { get; } = services;

    public List<string> Errors { get; } = [];

    public void Fail(string message) => Errors.Add(message);
}

/// <summary>Which typed index table a field value goes to.</summary>
public enum FieldIndexKind { Text, Numeric, Date, Boolean, Reference }

/// <param name="Kind">The index table.</param>
/// <param name="Value">string for Text and Reference, decimal for Numeric, DateTime for Date, bool for Boolean.</param>
/// <param name="SubField">Distinguishes several values of one field in one table (money's "Currency"); null for the main value.</param>
public sealed record FieldIndexEntry(FieldIndexKind Kind, object Value, string? SubField = null);
