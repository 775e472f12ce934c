using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.Tests.Support;

/// <summary>Workflow types in a line or two: <c>new WorkflowBuilder("x").Start("s", "Signal", new { SignalName = "go" }).Then(...).Connect(...)</c>.</summary>
public sealed class WorkflowBuilder(string name, string? id = null)
{
    private readonly WorkflowTypeDraft _draft = new() { Name = name, WorkflowTypeId = id, Enabled = true };

    public WorkflowBuilder Start(string activityId, string kind, object? properties = null) => Add(activityId, kind, properties, true);

    public WorkflowBuilder Then(string activityId, string kind, object? properties = null) => Add(activityId, kind, properties, false);

    public WorkflowBuilder Connect(string from, string outcome, string to)
    {
        _draft.Definition.Transitions.Add(new TransitionRecord { SourceActivityId = from, SourceOutcomeName = outcome, DestinationActivityId = to });
        return this;
    }

    public WorkflowBuilder Singleton()
    {
        _draft.Singleton = true;
        return this;
    }

    public WorkflowTypeDraft Build() => _draft;

    private WorkflowBuilder Add(string activityId, string kind, object? properties, bool isStart)
    {
        _draft.Definition.Activities.Add(new ActivityRecord
        {
            ActivityId = activityId,
            Name = kind,
            IsStart = isStart,
            Properties = properties is null ? new JsonObject() : JsonSerializer.SerializeToNode(properties)!.AsObject(),
        });
        return this;
    }
}
