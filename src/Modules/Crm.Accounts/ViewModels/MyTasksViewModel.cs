namespace OrchardCrm.Accounts.ViewModels;

/// <summary>The signed-in user's open tasks grouped by when they are due (UTC days), and what they finished lately.</summary>
public sealed class MyTasksViewModel
{
    public List<MyTaskRow> Overdue { get; } = [];
    public List<MyTaskRow> Today { get; } = [];
    /// <summary>Due after today, then those without a due date.</summary>
    public List<MyTaskRow> Upcoming { get; } = [];
    public List<MyTaskRow> RecentlyCompleted { get; } = [];
}
