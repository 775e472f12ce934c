using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>Tags typed in one box, separated by commas.</summary>
public sealed class TagsFieldEditor : IFieldEditor
{
    public string FieldKind => ContentManagement.FieldKinds.Tags;
    public string Partial => "TagsField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        FieldBindingContext.SetList(field, "Tags", (context.Value("Tags") ?? "").Split(','));
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(string.Join(", ", FieldValues.List(field, "Tags")));
}
