using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Scheduling;
using OrchardCrm.Workflows.Scripting;

namespace OrchardCrm.Workflows.Activities;

/// <summary>Validation shared by activities: required properties, numbers, options, templates and scripts that parse.</summary>
public static class ActivityRules
{
    public static string Text(JsonObject properties, string name) =>
        properties[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : properties[name]?.ToJsonString() ?? "";

    public static void Required(IActivity activity, JsonObject properties, ActivityValidation validation)
    {
        foreach (var property in activity.Properties)
        {
            var text = Text(properties, property.Name).Trim();
            if (property.Required && text.Length == 0)
            {
                validation.Error(property.Name, $"{property.Label} is required.");
                continue;
            }
            if (text.Length == 0) continue;
            switch (property.Kind)
            {
                case ActivityPropertyKind.Number when !decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _):
                    validation.Error(property.Name, $"{property.Label} must be a number.");
                    break;
                case ActivityPropertyKind.Boolean when !bool.TryParse(text, out _):
                    validation.Error(property.Name, $"{property.Label} must be true or false.");
                    break;
                case ActivityPropertyKind.Select when property.Options is { } options && !options.Contains(text, StringComparer.OrdinalIgnoreCase):
                    validation.Error(property.Name, $"{property.Label} must be one of: {string.Join(", ", options)}.");
                    break;
                case ActivityPropertyKind.Template when LiquidEvaluator.Check(text) is { } error:
                    validation.Error(property.Name, $"{property.Label} is not a valid Liquid template: {error}");
                    break;
            }
        }
    }

    /// <summary>A script property in the given syntax must parse.</summary>
    public static void Script(JsonObject properties, string name, string label, string syntax, ActivityValidation validation)
    {
        var text = Text(properties, name).Trim();
        if (text.Length == 0) return;
        var error = string.Equals(syntax, ExpressionEvaluator.Liquid, StringComparison.OrdinalIgnoreCase)
            ? LiquidEvaluator.CheckExpression(text)
            : JavaScriptEvaluator.Check(text);
        if (error is not null) validation.Error(name, $"{label} does not parse: {error}");
    }

    public static void Delay(JsonObject properties, string name, string label, ActivityValidation validation)
    {
        var text = Text(properties, name).Trim();
        if (text.Length > 0 && !DelayParser.TryParse(text, out _))
            validation.Error(name, $"{label} must be a duration such as 30m, 2h, 3d or 1d12h.");
    }
}
