using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// A kind whose value is one string property (<c>{ "Text": "..." }</c>, <c>{ "Email": "..." }</c>...):
/// blank values are removed, the value must be a string, MaxLength bounds its length, and it is
/// indexed as text.
/// </summary>
public abstract class StringFieldKind : IFieldKind
{
    public abstract string Name { get; }

    /// <summary>The JSON property holding the value.</summary>
    protected abstract string Property { get; }

    /// <summary>What the value should be, for the wrong-type message: "text", "an email address"...</summary>
    protected virtual string Expected => "text";

    public JsonObject? CreateDefault(FieldSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.DefaultValue)) return null;
        var field = new JsonObject { [Property] = settings.DefaultValue };
        Normalize(field, settings);
        return field;
    }

    public void Normalize(JsonObject field, FieldSettings settings)
    {
        if (!FieldJson.TryString(field, Property, out var value) || value is null) return;
        var cleaned = Clean(value, settings);
        if (IsBlank(cleaned)) field.Remove(Property);
        else field[Property] = cleaned;
    }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        if (!FieldJson.TryString(context.Field, Property, out var value))
        {
            context.Fail(FieldMessages.WrongType(context, Expected));
            return ValueTask.CompletedTask;
        }
        if (value is null || IsBlank(value))
        {
            if (context.Settings.Required) context.Fail(FieldMessages.Required(context));
            return ValueTask.CompletedTask;
        }
        if (context.Settings.MaxLength is { } maxLength && LengthOf(value) > maxLength)
            context.Fail(FieldMessages.TooLong(context, maxLength));
        Check(value.Trim(), context);
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings)
    {
        var text = ToDisplayText(field);
        return text.Length == 0 ? [] : [new FieldIndexEntry(FieldIndexKind.Text, text)];
    }

    public string ToDisplayText(JsonObject? field) =>
        FieldJson.TryString(field, Property, out var value) && value is not null ? PlainTextOf(value).Trim() : "";

    /// <summary>The value as it should be stored (trimmed by default).</summary>
    protected virtual string Clean(string value, FieldSettings settings) => value.Trim();

    /// <summary>Checks a non-blank value (trimmed) beyond its length.</summary>
    protected virtual void Check(string value, FieldValidationContext context) { }

    protected virtual bool IsBlank(string value) => string.IsNullOrWhiteSpace(value);

    /// <summary>The length MaxLength limits: what the user wrote, so markup does not count.</summary>
    protected virtual int LengthOf(string value) => PlainTextOf(value).Length;

    protected virtual string PlainTextOf(string value) => value;
}
