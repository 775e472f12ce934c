using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>A number input; the kernel checks Minimum and Maximum.</summary>
public sealed class NumericFieldEditor : IFieldEditor
{
    public string FieldKind => ContentManagement.FieldKinds.Numeric;
    public string Partial => "NumericField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        var text = context.Value("Value")?.Trim();
        if (string.IsNullOrEmpty(text)) field.Remove("Value");
        else if (FieldValues.TryParseNumber(text, out var number)) field["Value"] = number;
        else context.Fail($"{context.DisplayName} must be a number; '{text}' is not one.");
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FieldValues.Number(field, "Value") is { } n ? FieldValues.FormatNumber(n) : "");

    public static string? InputValue(string? stored) =>
        stored is not null && decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n.ToString(CultureInfo.InvariantCulture) : stored;
}
