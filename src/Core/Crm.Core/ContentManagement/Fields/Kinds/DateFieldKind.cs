using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Value": "2026-12-04" }</c>: a calendar date, no time and no zone. A date-time given is cut to
/// its date when normalised. Indexed at midnight UTC.
/// </summary>
public sealed class DateFieldKind : IFieldKind
{
    public const string Format = "yyyy-MM-dd";
    private const string Property = nameof(DateField.Value);

    public string Name => FieldKinds.Date;

    public JsonObject? CreateDefault(FieldSettings settings) =>
        Parse(settings.DefaultValue) is { } date ? new JsonObject { [Property] = date.ToString(Format, CultureInfo.InvariantCulture) } : null;

    public void Normalize(JsonObject field, FieldSettings settings)
    {
        if (!FieldJson.TryString(field, Property, out var text) || text is null) return;
        if (string.IsNullOrWhiteSpace(text)) field.Remove(Property);
        else if (Parse(text) is { } date) field[Property] = date.ToString(Format, CultureInfo.InvariantCulture);
    }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        if (!FieldJson.TryString(context.Field, Property, out var text)) context.Fail(FieldMessages.WrongType(context, "a date (YYYY-MM-DD)"));
        else if (string.IsNullOrWhiteSpace(text)) { if (context.Settings.Required) context.Fail(FieldMessages.Required(context)); }
        else if (Parse(text) is null) context.Fail($"{context.Definition.DisplayName} must be a date (YYYY-MM-DD); '{text}' is not one.");
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) =>
        Read(field) is { } date ? [new FieldIndexEntry(FieldIndexKind.Date, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))] : [];

    public string ToDisplayText(JsonObject? field) =>
        Read(field)?.ToString(Format, CultureInfo.InvariantCulture) ?? "";

    private static DateOnly? Read(JsonObject? field) =>
        FieldJson.TryString(field, Property, out var text) ? Parse(text) : null;

    /// <summary>An ISO date, or the date part of an ISO date-time (as written, without converting zones).</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        return text.Length > 10 && text[10] == 'T' && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }
}
