using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary><c>{ "Value": true }</c>. Required means a choice was made (true or false), shown as "yes"/"no".</summary>
public sealed class BooleanFieldKind : IFieldKind
{
    private const string Property = nameof(BooleanField.Value);

    public string Name => FieldKinds.Boolean;

    public JsonObject? CreateDefault(FieldSettings settings) =>
        bool.TryParse(settings.DefaultValue?.Trim(), out var value) ? new JsonObject { [Property] = value } : null;

    public void Normalize(JsonObject field, FieldSettings settings) { }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        if (!FieldJson.TryBoolean(context.Field, Property, out var value)) context.Fail(FieldMessages.WrongType(context, "true or false"));
        else if (value is null && context.Settings.Required) context.Fail(FieldMessages.Required(context));
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings) =>
        FieldJson.TryBoolean(field, Property, out var value) && value is { } flag ? [new FieldIndexEntry(FieldIndexKind.Boolean, flag)] : [];

    public string ToDisplayText(JsonObject? field) =>
        FieldJson.TryBoolean(field, Property, out var value) && value is { } flag ? (flag ? "yes" : "no") : "";
}
