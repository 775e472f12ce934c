using System.ComponentModel.DataAnnotations;
using OrchardCrm.Data;

namespace OrchardCrm.Workflows.Models;

/// <summary>
/// What a halted instance waits for: an event name ("DealStageChanged", "Signal:approve",
/// "HttpRequest:{token}", "Timer") with the instance's correlation id, and for timers the time it is due.
/// A resume claims it first (<see cref="ClaimedUtc"/> set where still null), so two nodes never resume it twice.
/// </summary>
[RecordIndex(nameof(EventName), nameof(CorrelationId))]
[RecordIndex(nameof(EventName), nameof(DueUtc))]
[RecordIndex(nameof(WorkflowId))]
public sealed class WorkflowBookmarkRecord : ModuleRecord
{
    public const string TimerEvent = "Timer";

    [MaxLength(64)]
    public string WorkflowId { get; set; } = "";

    [MaxLength(64)]
    public string ActivityId { get; set; } = "";

    [MaxLength(300)]
    public string EventName { get; set; } = "";

    [MaxLength(200)]
    public string? CorrelationId { get; set; }

    public DateTime? DueUtc { get; set; }

    public DateTime? ClaimedUtc { get; set; }
}
