using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Models;

/// <summary>The graph of a workflow type: activities, and transitions from an activity's outcome to the next activity.</summary>
public sealed class WorkflowDefinition
{
    public List<ActivityRecord> Activities { get; set; } = [];
    public List<TransitionRecord> Transitions { get; set; } = [];

    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static WorkflowDefinition FromJson(string json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<WorkflowDefinition>(json, Json) ?? new();

    public ActivityRecord? Find(string activityId) => Activities.FirstOrDefault(a => a.ActivityId == activityId);

    public IEnumerable<TransitionRecord> From(string activityId, string outcome) =>
        Transitions.Where(t => t.SourceActivityId == activityId && string.Equals(t.SourceOutcomeName, outcome, StringComparison.OrdinalIgnoreCase));

    /// <summary>Same activities, properties and transitions (for idempotent imports).</summary>
    public bool SameAs(WorkflowDefinition other) => JsonNode.DeepEquals(JsonNode.Parse(ToJson()), JsonNode.Parse(other.ToJson()));
}

/// <param name="Name">The activity kind ("IfElse", "DealStageChanged", ...).</param>
public sealed class ActivityRecord
{
    public string ActivityId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsStart { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public JsonObject Properties { get; set; } = new();
}

public sealed class TransitionRecord
{
    public string SourceActivityId { get; set; } = "";
    public string SourceOutcomeName { get; set; } = "";
    public string DestinationActivityId { get; set; } = "";
}
