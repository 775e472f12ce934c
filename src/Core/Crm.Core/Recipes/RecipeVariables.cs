using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrchardCrm.Recipes;

/// <summary>
/// Substitutes Orchard Core's variable expression <c>[js:variables('name')]</c> in string values. The
/// variables are the recipe's "variables" object overridden by the values the caller passes. A string
/// that is exactly one expression takes the variable's JSON value (so a number stays a number); an
/// expression inside a longer string is replaced by the value's text. Other <c>[js:...]</c> expressions
/// are refused: OrchardCrm runs no script in recipes.
/// </summary>
public sealed partial class RecipeVariables
{
    private readonly Dictionary<string, JsonNode?> _values = new(StringComparer.Ordinal);

    [GeneratedRegex(@"\[js:\s*variables\(\s*(?<q>['""])(?<name>[^'""]*)\k<q>\s*\)\s*\]")]
    private static partial Regex VariableExpression();

    [GeneratedRegex(@"\[js:")]
    private static partial Regex AnyScript();

    /// <summary>Builds the variables; a recipe variable that itself uses an expression is refused (field "variables.NAME").</summary>
    public static RecipeVariables Create(JsonObject recipeVariables, IReadOnlyDictionary<string, string>? passed, List<RecipeError> errors)
    {
        var variables = new RecipeVariables();
        foreach (var (name, value) in recipeVariables)
        {
            if (value?.GetValueKind() == JsonValueKind.String && AnyScript().IsMatch(value.GetValue<string>()) && passed?.ContainsKey(name) != true)
            {
                errors.Add(new RecipeError(0, "", $"variables.{name}", $"'{value.GetValue<string>()}' is a script expression; recipes take plain values (pass the value when running the recipe)."));
                continue;
            }
            variables._values[name] = value?.DeepClone();
        }
        foreach (var (name, value) in passed ?? new Dictionary<string, string>())
            variables._values[name] = JsonValue.Create(value);
        return variables;
    }

    /// <summary>A copy of <paramref name="node"/> with the expressions replaced; problems go to <paramref name="fail"/> with the value's path.</summary>
    public JsonNode? Substitute(JsonNode? node, string path, Action<string, string> fail)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj) copy[key] = Substitute(value, path.Length == 0 ? key : $"{path}.{key}", fail);
                return copy;
            case JsonArray array:
                var items = new JsonArray();
                for (var i = 0; i < array.Count; i++) items.Add(Substitute(array[i], $"{path}[{i}]", fail));
                return items;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return SubstituteText(value.GetValue<string>(), path, fail);
            default:
                return node?.DeepClone();
        }
    }

    private JsonNode? SubstituteText(string text, string path, Action<string, string> fail)
    {
        if (!AnyScript().IsMatch(text)) return JsonValue.Create(text);

        var whole = VariableExpression().Match(text);
        if (whole.Success && whole.Length == text.Length)
        {
            var name = whole.Groups["name"].Value;
            if (_values.TryGetValue(name, out var value)) return value?.DeepClone();
            fail(path, $"unknown variable '{name}'.");
            return JsonValue.Create(text);
        }

        var replaced = VariableExpression().Replace(text, match =>
        {
            var name = match.Groups["name"].Value;
            if (_values.TryGetValue(name, out var value))
                return value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? "";
            fail(path, $"unknown variable '{name}'.");
            return match.Value;
        });
        if (AnyScript().IsMatch(VariableExpression().Replace(text, "")))
            fail(path, "only [js:variables('name')] expressions are supported in recipes.");
        return JsonValue.Create(replaced);
    }
}
