using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities;

/// <summary>
/// A kind of step in a workflow: an event (starts or resumes an instance) or a task (does something and
/// leaves by one or more outcomes). Register with <c>services.AddWorkflowActivity&lt;T&gt;()</c>; the
/// activity is stateless, its settings are the properties of each use in a workflow type.
/// </summary>
public interface IActivity
{
    /// <summary>The kind's name, stored in workflow types ("IfElse", "ContentCreated").</summary>
    string Name { get; }

    /// <summary>Toolbox group: "Content", "Deals", "Control flow", "Timers", ...</summary>
    string Category { get; }

    string DisplayText { get; }

    string Description { get; }

    bool IsEvent { get; }

    IReadOnlyList<ActivityProperty> Properties { get; }

    IReadOnlyList<string> GetOutcomes(JsonObject properties);

    /// <summary>Checks the properties; reports problems by property name.</summary>
    void Validate(JsonObject properties, ActivityValidation validation);

    /// <summary>For events: the event name that starts a workflow beginning with this activity (null: it cannot start one that way).</summary>
    string? GetStartEventName(JsonObject properties);

    /// <summary>For events: whether the event in the context (a start or a resume) is one this use of the activity accepts (filters).</summary>
    Task<bool> MatchesAsync(ActivityContext context);

    /// <summary>Runs when the workflow reaches the activity.</summary>
    Task<ActivityResult> ExecuteAsync(ActivityContext context);

    /// <summary>Runs when the event it halted on arrives (or when it started the instance).</summary>
    Task<ActivityResult> ResumeAsync(ActivityContext context);
}

/// <summary>A setting of an activity, shown as a field in the editor.</summary>
/// <param name="Hint">Help text under the field.</param>
/// <param name="Options">For <see cref="ActivityPropertyKind.Select"/>.</param>
public sealed record ActivityProperty(string Name, string Label, ActivityPropertyKind Kind = ActivityPropertyKind.Text, string Hint = "", bool Required = false, IReadOnlyList<string>? Options = null, string? Default = null);

public enum ActivityPropertyKind
{
    Text,
    /// <summary>A Liquid template.</summary>
    Template,
    /// <summary>A JavaScript or Liquid expression, shown in a monospace area.</summary>
    Script,
    Number,
    Boolean,
    Select,
}

public sealed class ActivityValidation
{
    public List<(string Property, string Message)> Errors { get; } = [];

    public void Error(string property, string message) => Errors.Add((property, message));
}
