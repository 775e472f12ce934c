using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Value": "2026-12-04T09:30:00Z" }</c>: an ISO 8601 moment, stored in UTC. A value with an offset
/// is converted to UTC; one without is taken as UTC.
/// </summary>
public sealed class DateTimeFieldKind : IFieldKind
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private const string Property = nameof(DateTimeField.Value);

    public string Name => FieldKinds.DateTime;

    public JsonObject? CreateDefault(FieldSettings settings) =>
        Parse(settings.DefaultValue) is { } moment ? new JsonObject { [Property] = Write(moment) } : null;

    public void Normalize(JsonObject field, FieldSettings settings)
    {
        if (!FieldJson.TryString(field, Property, out var text) || text is null) return;
        if (string.IsNullOrWhiteSpace(text)) field.Remove(Property);
        else if (Parse(text) is { } moment) field[Property] = Write(moment);
    }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        if (!FieldJson.TryString(context.Field, Property, out var text)) context.Fail(FieldMessages.WrongType(context, "a date and time (ISO 8601)"));
        else if (string.IsNullOrWhiteSpace(text)) { if (context.Settings.Required) context.Fail(FieldMessages.Required(context)); }
        else if (Parse(text) is null) context.Fail($"{context.Definition.DisplayName} must be a date and time (ISO 8601, e.g. 2026-12-04T09:30:00Z); '{text}' is not one.");
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) =>
        Read(field) is { } moment ? [new FieldIndexEntry(FieldIndexKind.Date, moment)] : [];

    public string ToDisplayText(JsonObject? field) => Read(field) is { } moment ? Write(moment) : "";

    private static DateTime? Read(JsonObject? field) =>
        FieldJson.TryString(field, Property, out var text) ? Parse(text) : null;

    /// <summary>The moment in UTC (<see cref="DateTimeKind.Utc"/>), or null when the text is not ISO 8601.</summary>
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
               && text.Trim().Length >= 10 && text.Trim()[4] == '-'
            ? moment.UtcDateTime
            : null;
    }

    public static string Write(DateTime utc) => utc.ToString(Format, CultureInfo.InvariantCulture);
}
