using OrchardCrm.Events;

namespace OrchardCrm.Accounts.Reminders;

/// <summary>The "TaskOverdue" event: raised once per task when its due time passes while it is still open.</summary>
public static class TaskOverdueEvent
{
    public const string Name = "TaskOverdue";

    public static readonly CrmEventDescriptor Descriptor = new(
        Name,
        "Task overdue",
        "Tasks",
        "An open task's due time has passed (raised once per task). Assignee is the assignee's user name, empty when nobody is assigned.",
        ["TaskId", "Title", "Assignee", "DueUtc", "AccountId"]);
}
