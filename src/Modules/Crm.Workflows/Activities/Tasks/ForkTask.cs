using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>Splits the workflow into branches that all run (each branch is an outcome); a Join brings them together.</summary>
public sealed class ForkTask : TaskActivity
{
    public override string Name => "Fork";
    public override string Category => "Control flow";
    public override string DisplayText => "Fork";
    public override string Description => "Runs every branch.";

    public override IReadOnlyList<ActivityProperty> Properties =>
        [new("Branches", "Branches", Required: true, Hint: "Comma-separated branch names, e.g. Sales, Finance.", Default: "Branch1, Branch2")];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) =>
        ActivityRules.Text(properties, "Branches").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        if (ActivityRules.Text(properties, "Branches").Trim().Length > 0 && GetOutcomes(properties).Count < 2)
            validation.Error("Branches", "A fork needs at least two branches.");
    }

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Outcome([.. GetOutcomes(context.Properties)]));
}
