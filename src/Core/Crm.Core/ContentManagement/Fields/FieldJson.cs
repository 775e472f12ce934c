using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.ContentManagement.Fields;

/// <summary>
/// Reads the values of a field's JSON without trusting it. Each reader returns false when the property
/// holds a value of another JSON type (a string where a number belongs), so that a kind can report it
/// as a validation error instead of throwing; a missing or null property reads as "no value".
/// </summary>
public static class FieldJson
{
    public static bool TryString(JsonObject? field, string property, out string? value)
    {
        value = null;
        var node = field?[property];
        if (node is null) return true;
        if (node.GetValueKind() != JsonValueKind.String) return false;
        value = node.GetValue<string>();
        return true;
    }

    public static bool TryDecimal(JsonObject? field, string property, out decimal? value)
    {
        value = null;
        var node = field?[property];
        if (node is null) return true;
        if (node.GetValueKind() != JsonValueKind.Number) return false;
        // Through the JSON text, so numbers made in code (double, int) read as well as parsed ones.
        if (!decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return false;
        value = number;
        return true;
    }

    public static bool TryBoolean(JsonObject? field, string property, out bool? value)
    {
        value = null;
        var node = field?[property];
        if (node is null) return true;
        var kind = node.GetValueKind();
        if (kind is not (JsonValueKind.True or JsonValueKind.False)) return false;
        value = kind == JsonValueKind.True;
        return true;
    }

    /// <summary>An array of strings (possibly empty); false when it is not an array or holds anything but strings.</summary>
    public static bool TryStringList(JsonObject? field, string property, out List<string> values)
    {
        values = [];
        var node = field?[property];
        if (node is null) return true;
        if (node is not JsonArray array) return false;
        foreach (var item in array)
        {
            if (item is null || item.GetValueKind() != JsonValueKind.String) return false;
            values.Add(item.GetValue<string>());
        }
        return true;
    }

    /// <summary>A number as people read it in lists and the audit trail: "12,500" or "3.75".</summary>
    public static string FormatNumber(decimal value) => value.ToString("#,##0.############", CultureInfo.InvariantCulture);

    /// <summary>A number as it appears in a message about a setting: "0", "1000.5".</summary>
    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
