using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities;

/// <summary>Defaults for tasks: one "Done" outcome, nothing to validate, not an event.</summary>
public abstract class TaskActivity : IActivity
{
    public abstract string Name { get; }
    public abstract string Category { get; }
    public abstract string DisplayText { get; }
    public abstract string Description { get; }
    public bool IsEvent => false;
    public virtual IReadOnlyList<ActivityProperty> Properties => [];

    public virtual IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Done"];

    public virtual void Validate(JsonObject properties, ActivityValidation validation) => ActivityRules.Required(this, properties, validation);

    public string? GetStartEventName(JsonObject properties) => null;

    public Task<bool> MatchesAsync(ActivityContext context) => Task.FromResult(true);

    public abstract Task<ActivityResult> ExecuteAsync(ActivityContext context);

    public virtual Task<ActivityResult> ResumeAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome("Done"));
}

/// <summary>
/// Defaults for events: reached mid-workflow they halt until their event arrives; the event (at the start
/// or on resume) leaves by "Done" when the optional JavaScript "Filter" accepts it.
/// </summary>
public abstract class EventActivity : IActivity
{
    public abstract string Name { get; }
    public abstract string Category { get; }
    public abstract string DisplayText { get; }
    public abstract string Description { get; }
    public bool IsEvent => true;

    public static readonly ActivityProperty FilterProperty = new("Filter", "Filter (JavaScript, optional)", ActivityPropertyKind.Script,
        "Runs when the event arrives; the workflow goes on only when it is true. E.g. input.Amount > 25000");

    public virtual IReadOnlyList<ActivityProperty> Properties => [FilterProperty];

    public virtual IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Done"];

    public virtual void Validate(JsonObject properties, ActivityValidation validation) => ActivityRules.Required(this, properties, validation);

    /// <summary>The event this use waits for.</summary>
    public virtual string EventName(JsonObject properties) => Name;

    public virtual string? GetStartEventName(JsonObject properties) => EventName(properties);

    public virtual async Task<bool> MatchesAsync(ActivityContext context)
    {
        if (!await MatchesFiltersAsync(context)) return false;
        if (context.Text("Filter").Trim().Length == 0) return true;
        return Scripting.ExpressionEvaluator.IsTruthy(await context.EvaluateAsync("Filter", Scripting.ExpressionEvaluator.JavaScript));
    }

    /// <summary>The kind's own filters (content type, stage...), before the script.</summary>
    protected virtual Task<bool> MatchesFiltersAsync(ActivityContext context) => Task.FromResult(true);

    public virtual Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Halt(new WaitFor(EventName(context.Properties))));

    public virtual Task<ActivityResult> ResumeAsync(ActivityContext context) => Task.FromResult(ActivityResult.Outcome("Done"));
}
