using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Events;

/// <summary>
/// "DealStageChanged", raised by the Deals module when a deal moves between stages. Kept here (rather than
/// only as a generic event) for its from/to stage filters, so a workflow can say "entering Proposal".
/// </summary>
public sealed class DealStageChangedEvent : EventActivity
{
    public const string EventNameValue = "DealStageChanged";

    public override string Name => EventNameValue;
    public override string Category => "Deals";
    public override string DisplayText => "Deal stage changed";
    public override string Description => "When a deal moves to another stage. Input: DealId, DealName, PipelineId, FromStageId, FromStage, ToStageId, ToStage, Amount, Currency, Owner.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("FromStage", "From stage", Hint: "Stage name or id the deal leaves; empty: any."),
        new("ToStage", "To stage", Hint: "Stage name or id the deal enters; empty: any."),
        FilterProperty,
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        ActivityRules.Script(properties, "Filter", "Filter", Scripting.ExpressionEvaluator.JavaScript, validation);
    }

    protected override Task<bool> MatchesFiltersAsync(ActivityContext context) =>
        Task.FromResult(StageMatches(context, "FromStage", "FromStageId", "FromStage") && StageMatches(context, "ToStage", "ToStageId", "ToStage"));

    private static bool StageMatches(ActivityContext context, string property, string idKey, string nameKey)
    {
        var wanted = context.Text(property).Trim();
        if (wanted.Length == 0) return true;
        string? Input(string key) => context.State.Input[key] is JsonValue v ? v.ToString() : null;
        return string.Equals(Input(nameKey), wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(Input(idKey), wanted, StringComparison.Ordinal);
    }
}
