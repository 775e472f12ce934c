using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>Lenient readers of a field's JSON for display: a value of an unexpected shape reads as nothing.</summary>
internal static class FieldValues
{
    public static string? String(JsonObject? field, string property) =>
        field?[property] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static decimal? Number(JsonObject? field, string property) =>
        field?[property] is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static bool? Boolean(JsonObject? field, string property) =>
        field?[property] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    public static IReadOnlyList<string> List(JsonObject? field, string property) =>
        field?[property] is JsonArray array
            ? array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToList()
            : [];

    public static string FormatNumber(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);

    /// <summary>A number as typed in a form: invariant digits with a dot; thousands separators and spaces tolerated.</summary>
    public static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text.Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
            NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
}
