using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Recipes;

/// <summary>A recipe file read into its header and its ordered steps (variables not yet substituted).</summary>
public sealed class ParsedRecipe
{
    public required string Name { get; init; }
    public string DisplayName { get; init; } = "";
    public string Description { get; init; } = "";
    public string Author { get; init; } = "";
    public string Version { get; init; } = "";
    public bool IsSetupRecipe { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public JsonObject Variables { get; init; } = new();
    public JsonArray Steps { get; init; } = [];

    /// <summary>
    /// Parses the JSON of a recipe. Malformed JSON, or a root that is not a recipe, gives errors at
    /// position 0 (the recipe as a whole); JSON errors carry the parser's line and position.
    /// </summary>
    public static (ParsedRecipe? Recipe, IReadOnlyList<RecipeError> Errors) Parse(string json, string fallbackName)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "";
            return (null, [new RecipeError(0, "", "", $"The recipe is not valid JSON{where}: {FirstSentence(ex.Message)}")]);
        }

        if (root is not JsonObject recipe)
            return (null, [new RecipeError(0, "", "", "A recipe must be a JSON object with a \"steps\" array.")]);

        var errors = new List<RecipeError>();
        string Text(string key)
        {
            var node = recipe[key];
            if (node is null) return "";
            if (node.GetValueKind() == JsonValueKind.String) return node.GetValue<string>();
            errors.Add(new RecipeError(0, "", key, "must be a string."));
            return "";
        }
        IReadOnlyList<string> List(string key)
        {
            var node = recipe[key];
            if (node is null) return [];
            if (node is JsonArray array && array.All(n => n?.GetValueKind() == JsonValueKind.String))
                return array.Select(n => n!.GetValue<string>()).ToList();
            errors.Add(new RecipeError(0, "", key, "must be an array of strings."));
            return [];
        }

        var isSetup = false;
        if (recipe["issetuprecipe"] is { } flag)
        {
            if (flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False) isSetup = flag.GetValue<bool>();
            else errors.Add(new RecipeError(0, "", "issetuprecipe", "must be true or false."));
        }

        var variables = new JsonObject();
        if (recipe["variables"] is { } vars)
        {
            if (vars is JsonObject obj) variables = obj;
            else errors.Add(new RecipeError(0, "", "variables", "must be an object of names and values."));
        }

        JsonArray steps = [];
        if (recipe["steps"] is JsonArray list) steps = list;
        else errors.Add(new RecipeError(0, "", "steps", recipe["steps"] is null ? "is required: the recipe's ordered steps." : "must be an array of steps."));

        var name = Text("name");
        var parsed = new ParsedRecipe
        {
            Name = name.Length > 0 ? name : fallbackName,
            DisplayName = Text("displayName"),
            Description = Text("description"),
            Author = Text("author"),
            Version = Text("version"),
            IsSetupRecipe = isSetup,
            Categories = List("categories"),
            Tags = List("tags"),
            Variables = variables,
            Steps = steps,
        };
        return (parsed, errors);
    }

    /// <summary>System.Text.Json appends its own "Path: ... | LineNumber: ..." to messages; the line is already reported.</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
