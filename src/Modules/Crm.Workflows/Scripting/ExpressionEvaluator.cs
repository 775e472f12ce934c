using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Scripting;

/// <summary>Evaluates the expressions of activities over a workflow's model, in JavaScript or Liquid.</summary>
public sealed class ExpressionEvaluator
{
    public const string JavaScript = "JavaScript";
    public const string Liquid = "Liquid";
    public static readonly IReadOnlyList<string> Syntaxes = [JavaScript, Liquid];

    public Task<string> RenderAsync(string template, JsonObject model, CancellationToken cancellationToken = default) =>
        LiquidEvaluator.RenderAsync(template, LiquidModel(model), cancellationToken: cancellationToken);

    public async Task<JsonNode?> EvaluateAsync(string expression, string syntax, JsonObject model, CancellationToken cancellationToken = default)
    {
        if (string.Equals(syntax, Liquid, StringComparison.OrdinalIgnoreCase))
        {
            var text = (await LiquidEvaluator.RenderAsync(LiquidEvaluator.ConditionTemplate(expression), LiquidModel(model), cancellationToken: cancellationToken)).Trim();
            return JsonValue.Create(text == "true");
        }
        return JavaScriptEvaluator.Evaluate(expression, model, cancellationToken);
    }

    /// <summary>JavaScript's idea of truth, for a JSON value.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number => v.GetValue<double>() is var d && d != 0 && !double.IsNaN(d),
            JsonValueKind.String => v.GetValue<string>().Length > 0,
            _ => false,
        },
        _ => true,
    };

    /// <summary>
    /// Liquid's model: the correlated content's fields and metadata, then the event's input, then the
    /// variables at the top level (later ones win), and each whole under Input, Variables, Content, Workflow.
    /// </summary>
    public static Dictionary<string, object?> LiquidModel(JsonObject model)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (model["content"] is JsonObject content)
        {
            foreach (var (key, value) in content)
                if (key is not "Fields" and not "Parts") values[key] = LiquidEvaluator.ToPlain(value);
            if (content["Fields"] is JsonObject fields)
                foreach (var (key, value) in fields) values[key] = LiquidEvaluator.ToPlain(value);
        }
        foreach (var section in new[] { "input", "variables" })
            if (model[section] is JsonObject obj)
                foreach (var (key, value) in obj) values[key] = LiquidEvaluator.ToPlain(value);
        values["Input"] = LiquidEvaluator.ToPlain(model["input"]);
        values["Variables"] = LiquidEvaluator.ToPlain(model["variables"]);
        values["Content"] = LiquidEvaluator.ToPlain(model["content"]);
        values["Workflow"] = LiquidEvaluator.ToPlain(model["workflow"]);
        return values;
    }
}
