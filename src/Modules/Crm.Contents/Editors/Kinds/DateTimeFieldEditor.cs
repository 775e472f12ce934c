using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>A datetime-local input whose value is read and shown as UTC (the label says so).</summary>
public sealed class DateTimeFieldEditor : IFieldEditor
{
    private static readonly string[] InputFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public string FieldKind => ContentManagement.FieldKinds.DateTime;
    public string Partial => "DateTimeField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        var text = context.Value("Value")?.Trim();
        if (string.IsNullOrEmpty(text)) field.Remove("Value");
        else if (DateTime.TryParseExact(text, InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
            field["Value"] = moment.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        else context.Fail($"{context.DisplayName} must be a date and time (YYYY-MM-DD HH:MM, UTC); '{text}' is not one.");
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Parse(FieldValues.String(field, "Value")) is { } moment ? moment.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "");

    /// <summary>The stored UTC moment as a datetime-local input expects it; other text is shown as stored.</summary>
    public static string? InputValue(string? stored) =>
        Parse(stored) is { } moment ? moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : stored;

    private static DateTime? Parse(string? stored) =>
        stored is not null && DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? moment : null;
}
