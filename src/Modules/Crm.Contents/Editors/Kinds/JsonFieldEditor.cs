using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>The editor of a kind that has none of its own (one added by a module): the field's JSON in a text box.</summary>
public sealed class JsonFieldEditor : IFieldEditor
{
    public string FieldKind => "";
    public string Partial => "JsonField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var text = context.Value("Json")?.Trim();
        if (string.IsNullOrEmpty(text)) return new JsonObject();
        try
        {
            if (JsonNode.Parse(text) is JsonObject field) return field;
        }
        catch (JsonException)
        {
        }
        context.Fail($"{context.DisplayName} must be a JSON object such as {{ \"Text\": \"...\" }}.");
        return context.Start();
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken) =>
        ValueTask.FromResult(field is null || field.Count == 0 ? "" : field.ToJsonString());
}
