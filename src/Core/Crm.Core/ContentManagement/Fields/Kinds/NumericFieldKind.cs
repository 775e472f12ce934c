using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary><c>{ "Value": 12.5 }</c>, bounded by Minimum and Maximum, indexed as a number.</summary>
public sealed class NumericFieldKind : IFieldKind
{
    private const string Property = nameof(NumericField.Value);

    public string Name => FieldKinds.Numeric;

    public JsonObject? CreateDefault(FieldSettings settings) =>
        decimal.TryParse(settings.DefaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? new JsonObject { [Property] = value }
            : null;

    public void Normalize(JsonObject field, FieldSettings settings) { }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        if (!FieldJson.TryDecimal(context.Field, Property, out var value)) context.Fail(FieldMessages.WrongType(context, "a number"));
        else if (value is null) { if (context.Settings.Required) context.Fail(FieldMessages.Required(context)); }
        else FieldMessages.CheckRange(context, value.Value);
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) =>
        FieldJson.TryDecimal(field, Property, out var value) && value is { } number ? [new FieldIndexEntry(FieldIndexKind.Numeric, number)] : [];

    public string ToDisplayText(JsonObject? field) =>
        FieldJson.TryDecimal(field, Property, out var value) && value is { } number ? FieldJson.FormatNumber(number) : "";
}
