using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Workflows.Models;

/// <summary>
/// The next run of a workflow type that starts with a Timer (cron). The timer task claims a due row by
/// moving <see cref="NextDueUtc"/> forward in one statement, so of two nodes only one starts the instance.
/// </summary>
[RecordIndex(nameof(WorkflowTypeId), nameof(ActivityId), Unique = true)]
[RecordIndex(nameof(NextDueUtc))]
public sealed class WorkflowScheduleRecord : ModuleRecord
{
    [MaxLength(64)]
    public string WorkflowTypeId { get; set; } = "";

    [MaxLength(64)]
    public string ActivityId { get; set; } = "";

    public DateTime NextDueUtc { get; set; }
}
