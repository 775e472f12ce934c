using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>An address and an optional label.</summary>
public sealed class LinkFieldEditor : IFieldEditor
{
    public string FieldKind => ContentManagement.FieldKinds.Link;
    public string Partial => "LinkField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        FieldBindingContext.SetText(field, "Url", context.Value("Url"));
        FieldBindingContext.SetText(field, "Text", context.Value("Text"));
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken)
    {
        var url = FieldValues.String(field, "Url")?.Trim();
        if (string.IsNullOrEmpty(url)) return ValueTask.FromResult("");
        return ValueTask.FromResult(FieldValues.String(field, "Text") is { Length: > 0 } text ? $"{text.Trim()} ({url})" : url);
    }
}
