using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows.ViewModels;

public sealed class WorkflowInstancesViewModel
{
    public required WorkflowTypeRecord Type { get; init; }
    public required List<WorkflowInstanceRecord> Instances { get; init; }
    public string? Status { get; init; }
    public int Total { get; init; }

    /// <summary>Signal names of the type's start activities, offered as "Send signal" buttons.</summary>
    public List<string> Signals { get; init; } = [];
    public bool CanManage { get; init; }
}

public sealed class WorkflowInstanceViewModel
{
    public required WorkflowInstanceRecord Instance { get; init; }
    public required WorkflowTypeRecord Type { get; init; }
    public required WorkflowState State { get; init; }
    public required List<JournalRow> Journal { get; init; }
}

/// <param name="Activity">The activity's display text (kind) in the instance's version.</param>
public sealed record JournalRow(int Sequence, DateTime CreatedUtc, string ActivityId, string Activity, string? Outcome, string? Error);
