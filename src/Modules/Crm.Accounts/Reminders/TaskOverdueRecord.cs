using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Accounts.Reminders;

/// <summary>
/// "TaskOverdue was raised for this task": the row is written before the event is published, and the
/// unique task id makes that a claim only one run can win, so the event goes out once per task.
/// </summary>
[RecordIndex(nameof(TaskId), Unique = true)]
public sealed class TaskOverdueRecord : ModuleRecord
{
    [MaxLength(64)]
    public string TaskId { get; set; } = "";

    /// <summary>The due time that had passed when the event was raised.</summary>
    public DateTime DueUtc { get; set; }

    public DateTime RaisedUtc { get; set; }
}
