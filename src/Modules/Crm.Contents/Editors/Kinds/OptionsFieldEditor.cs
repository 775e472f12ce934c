using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>A select of the settings' options, or checkboxes when several may be chosen.</summary>
public sealed class OptionsFieldEditor : IFieldEditor
{
    public string FieldKind => ContentManagement.FieldKinds.Options;
    public string Partial => "OptionsField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        FieldBindingContext.SetList(field, "Values", context.Values("Values"));
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.Join(", ", FieldValues.List(field, "Values")));
}
