using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows.Services;

/// <summary>A workflow type as an editor or a recipe hands it in, before validation.</summary>
public sealed class WorkflowTypeDraft
{
    /// <summary>Null or empty: a new type (an id is made).</summary>
    public string? WorkflowTypeId { get; set; }
    public string Name { get; set; } = "";
    public bool Enabled { get; set; }
    public bool Singleton { get; set; }
    public WorkflowDefinition Definition { get; set; } = new();
}

/// <summary>A problem with a draft: where (the type, an activity's property, a transition) and what.</summary>
/// <param name="ActivityIndex">Index into the activities, when about one.</param>
/// <param name="TransitionIndex">Index into the transitions, when about one.</param>
/// <param name="Field">"Name", or a property name of the activity, or a transition's field.</param>
public sealed record WorkflowError(int? ActivityIndex, int? TransitionIndex, string Field, string Message)
{
    /// <summary>The path in the recipe's JSON, e.g. "Activities[1].Properties.Cron".</summary>
    public string JsonPath =>
        ActivityIndex is { } a ? (IsActivityField(Field) ? $"Activities[{a}].{Field}" : $"Activities[{a}].Properties.{Field}")
        : TransitionIndex is { } t ? $"Transitions[{t}].{Field}"
        : Field;

    public static bool IsActivityField(string field) => field is "ActivityId" or "Name" or "IsStart";

    public override string ToString() => $"{JsonPath}: {Message}";
}
