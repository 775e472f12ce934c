using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Accounts.Indexes;

/// <summary>One row per task version: "my tasks" (assignee, open, due) and the account timeline.</summary>
[MapIndexColumns(nameof(Assignee), nameof(IsOpen), nameof(DueUtc))]
[MapIndexColumns(nameof(AccountId), nameof(DueUtc))]
public sealed class TaskIndex : MapIndex
{
    public DateTime? DueUtc { get; set; }
    /// <summary>The assignee's user id (as the user picker stores it).</summary>
    public string? Assignee { get; set; }
    public string? Status { get; set; }
    public string? Priority { get; set; }
    public string? AccountId { get; set; }
    public string? ContactId { get; set; }
    public bool IsOpen { get; set; }
}

public sealed class TaskIndexProvider : IndexProvider<TaskIndex>
{
    public override IEnumerable<TaskIndex> Map(ContentItem item)
    {
        if (item.ContentType != AccountTypes.Task) yield break;
        var task = item.As<TaskPart>();
        yield return new TaskIndex
        {
            DueUtc = task.DueUtc.Value,
            Assignee = task.Assignee.UserIds.FirstOrDefault(),
            Status = task.Status.Values.FirstOrDefault(),
            Priority = task.Priority.Values.FirstOrDefault(),
            AccountId = task.Account.ContentItemIds.FirstOrDefault(),
            ContactId = task.Contact.ContentItemIds.FirstOrDefault(),
            IsOpen = task.IsOpen,
        };
    }
}
