using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Workflows.Models;

/// <summary>
/// One version of a workflow type. Editing writes a new row with the next <see cref="Version"/> and moves
/// <see cref="IsLatest"/> to it; instances keep the version they started on, so they finish on it.
/// Name and flags of the latest row are the type's.
/// </summary>
[RecordIndex(nameof(WorkflowTypeId), nameof(Version), Unique = true)]
[RecordIndex(nameof(IsLatest), nameof(Enabled))]
public sealed class WorkflowTypeRecord : ModuleRecord
{
    [MaxLength(64)]
    public string WorkflowTypeId { get; set; } = "";

    public int Version { get; set; }

    public bool IsLatest { get; set; }

    [MaxLength(200)]
    public string Name { get; set; } = "";

    public bool Enabled { get; set; }

    /// <summary>At most one running or halted instance per correlation id.</summary>
    public bool Singleton { get; set; }

    /// <summary>The graph: <see cref="WorkflowDefinition"/> as JSON.</summary>
    public string Definition { get; set; } = "{}";

    public DateTime CreatedUtc { get; set; }

    [MaxLength(256)]
    public string? CreatedBy { get; set; }
}
