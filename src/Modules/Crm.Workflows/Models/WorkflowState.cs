using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Models;

/// <summary>What an instance carries between runs.</summary>
public sealed class WorkflowState
{
    /// <summary>The values of the event that started or last resumed the instance.</summary>
    public JsonObject Input { get; set; } = new();

    public JsonObject Variables { get; set; } = new();

    /// <summary>The activities the instance waits on.</summary>
    public List<string> Blocking { get; set; } = [];

    /// <summary>For each Join, the activities that arrived at it so far.</summary>
    public Dictionary<string, List<string>> JoinArrivals { get; set; } = [];

    public int JournalCount { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, WorkflowDefinition.Json);

    public static WorkflowState FromJson(string json) =>
        string.IsNullOrWhiteSpace(json) ? new() : JsonSerializer.Deserialize<WorkflowState>(json, WorkflowDefinition.Json) ?? new();
}
