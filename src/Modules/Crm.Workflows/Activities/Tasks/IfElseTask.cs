using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Scripting;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>Branches on a condition: JavaScript (<c>input.Amount &gt; 25000</c>) or Liquid (<c>Amount &gt; 25000</c>).</summary>
public sealed class IfElseTask : TaskActivity
{
    public override string Name => "IfElse";
    public override string Category => "Control flow";
    public override string DisplayText => "If / else";
    public override string Description => "Leaves by True or False depending on a condition.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("Condition", "Condition", ActivityPropertyKind.Script, "JavaScript: input.Amount > 25000 && variables.Approved. Liquid: Amount > 25000", Required: true),
        new("Syntax", "Syntax", ActivityPropertyKind.Select, Options: ExpressionEvaluator.Syntaxes, Default: ExpressionEvaluator.JavaScript),
    ];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["True", "False"];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        ActivityRules.Script(properties, "Condition", "Condition", SyntaxOf(properties), validation);
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ActivityResult.Outcome(ExpressionEvaluator.IsTruthy(await context.EvaluateAsync("Condition", SyntaxOf(context.Properties))) ? "True" : "False");

    internal static string SyntaxOf(JsonObject properties) =>
        ActivityRules.Text(properties, "Syntax") is { Length: > 0 } syntax ? syntax : ExpressionEvaluator.JavaScript;
}
