using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Scripting;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>Stores a value in the instance's variables: the value of a JavaScript expression, or the text of a Liquid template.</summary>
public sealed class SetVariableTask : TaskActivity
{
    public override string Name => "SetVariable";
    public override string Category => "Primitives";
    public override string DisplayText => "Set variable";
    public override string Description => "Sets a workflow variable, readable later as variables.Name (JavaScript) or {{ Name }} (Liquid).";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("VariableName", "Variable name", Required: true, Hint: "Letters, digits and '_'."),
        new("Value", "Value", ActivityPropertyKind.Script, "JavaScript: an expression (input.Amount * 0.1). Liquid: a template (Hello {{ Owner }})."),
        new("Syntax", "Syntax", ActivityPropertyKind.Select, Options: ExpressionEvaluator.Syntaxes, Default: ExpressionEvaluator.JavaScript),
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        var name = ActivityRules.Text(properties, "VariableName").Trim();
        if (name.Length > 0 && !(char.IsAsciiLetter(name[0]) || name[0] == '_') | !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            validation.Error("VariableName", "Variable name must start with a letter and hold only letters, digits and '_'.");
        var syntax = IfElseTask.SyntaxOf(properties);
        if (syntax == ExpressionEvaluator.Liquid)
        {
            if (LiquidEvaluator.Check(ActivityRules.Text(properties, "Value")) is { } error) validation.Error("Value", $"Value is not a valid Liquid template: {error}");
        }
        else ActivityRules.Script(properties, "Value", "Value", syntax, validation);
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = context.Text("VariableName").Trim();
        var value = IfElseTask.SyntaxOf(context.Properties) == ExpressionEvaluator.Liquid
            ? JsonValue.Create(await context.RenderAsync("Value"))
            : context.Text("Value").Trim().Length == 0 ? null : await context.EvaluateAsync("Value", ExpressionEvaluator.JavaScript);
        context.State.Variables[name] = value;
        return ActivityResult.Outcome("Done");
    }
}
