using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>A checkbox: checked is true, unchecked false (a saved form always makes the choice).</summary>
public sealed class BooleanFieldEditor : IFieldEditor
{
    public string FieldKind => ContentManagement.FieldKinds.Boolean;
    public string Partial => "BooleanField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        field["Value"] = context.Values("Value").Contains("true");
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(FieldValues.Boolean(field, "Value") switch { true => "yes", false => "no", null => "" });
}
