using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Workflows.Models;

/// <summary>One line of an instance's journal: which activity ran, with which outcome(s), when, and the error if it failed.</summary>
[RecordIndex(nameof(WorkflowId), nameof(Sequence))]
public sealed class WorkflowJournalRecord : ModuleRecord
{
    [MaxLength(64)]
    public string WorkflowId { get; set; } = "";

    public int Sequence { get; set; }

    [MaxLength(64)]
    public string ActivityId { get; set; } = "";

    [MaxLength(100)]
    public string ActivityName { get; set; } = "";

    /// <summary>Comma-separated outcomes, "Halted" while waiting, or null on failure.</summary>
    [MaxLength(500)]
    public string? Outcome { get; set; }

    public DateTime CreatedUtc { get; set; }

    [MaxLength(2000)]
    public string? Error { get; set; }
}
