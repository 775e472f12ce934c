using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Workflows.Models;

/// <summary>A run of a workflow type version: its status, what it is about, and its state (<see cref="WorkflowState"/> as JSON).</summary>
[RecordIndex(nameof(WorkflowId), Unique = true)]
[RecordIndex(nameof(WorkflowTypeId), nameof(Status))]
[RecordIndex(nameof(Status), nameof(UpdatedUtc))]
[RecordIndex(nameof(SingletonKey), Unique = true)]
public sealed class WorkflowInstanceRecord : ModuleRecord
{
    [MaxLength(64)]
    public string WorkflowId { get; set; } = "";

    [MaxLength(64)]
    public string WorkflowTypeId { get; set; } = "";

    public int WorkflowTypeVersion { get; set; }

    /// <summary>One of <see cref="WorkflowStatus"/>.</summary>
    [MaxLength(20)]
    public string Status { get; set; } = WorkflowStatus.Idle;

    [MaxLength(200)]
    public string? CorrelationId { get; set; }

    public string State { get; set; } = "{}";

    /// <summary>Why the instance faulted.</summary>
    [MaxLength(2000)]
    public string? Fault { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// "type|correlation" while an instance of a singleton type is active, else null: the unique index
    /// refuses a second active instance even when two events race.
    /// </summary>
    [MaxLength(300)]
    public string? SingletonKey { get; set; }
}

public static class WorkflowStatus
{
    public const string Idle = "Idle";
    public const string Running = "Running";
    public const string Halted = "Halted";
    public const string Finished = "Finished";
    public const string Faulted = "Faulted";

    public static readonly IReadOnlyList<string> All = [Idle, Running, Halted, Finished, Faulted];

    public static bool IsActive(string status) => status is Idle or Running or Halted;
}
