using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Models;

/// <summary>A follow-up: what, by when, who, and what it is about.</summary>
public sealed class TaskPart : ContentPart
{
    public TextField Title { get; set; } = new();
    public DateTimeField DueUtc { get; set; } = new();
    public UserPickerField Assignee { get; set; } = new();
    /// <summary>"Low", "Normal", "High", "Urgent".</summary>
    public OptionsField Priority { get; set; } = new();
    /// <summary>"Open", "In progress", "Done", "Cancelled".</summary>
    public OptionsField Status { get; set; } = new();
    public ContentPickerField Account { get; set; } = new();
    public ContentPickerField Contact { get; set; } = new();
    public ContentPickerField Deal { get; set; } = new();
    public DateTimeField ReminderUtc { get; set; } = new();
    public DateTimeField CompletedUtc { get; set; } = new();

    // Computed from the fields: never stored, so it cannot go stale.
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsOpen => Status.Values is not ["Done"] and not ["Cancelled"];
}
