using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Recipes.Steps;

/// <summary>Reads typed values out of a step's JSON, reporting a wrong type against the field.</summary>
internal static class StepJson
{
    public static bool IsString(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String;

    public static string? AsString(JsonNode? node) => IsString(node) ? node!.GetValue<string>() : null;

    /// <summary>An optional array of strings; null when absent or wrong (then the error is reported).</summary>
    public static List<(int Index, string Value)>? StringList(RecipeStepContext context, string key)
    {
        var node = context.Step[key];
        if (node is null) return [];
        if (node is not JsonArray array)
        {
            context.Fail(key, "must be an array of strings.");
            return null;
        }
        var values = new List<(int, string)>();
        for (var i = 0; i < array.Count; i++)
        {
            if (AsString(array[i]) is { Length: > 0 } value) values.Add((i, value));
            else context.Fail($"{key}[{i}]", "must be a non-empty string.");
        }
        return values;
    }
}
