using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>A date input (YYYY-MM-DD, no time, no zone).</summary>
public sealed class DateFieldEditor : IFieldEditor
{
    public string FieldKind => ContentManagement.FieldKinds.Date;
    public string Partial => "DateField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        var text = context.Value("Value")?.Trim();
        if (string.IsNullOrEmpty(text)) field.Remove("Value");
        else if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            field["Value"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        else context.Fail($"{context.DisplayName} must be a date (YYYY-MM-DD); '{text}' is not one.");
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FieldValues.String(field, "Value") ?? "");

    /// <summary>The stored value as a date input expects it (the date part of whatever was stored).</summary>
    public static string? InputValue(string? stored) => stored is { Length: >= 10 } ? stored[..10] : stored;
}
