using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Accounts.ViewModels;

/// <summary>The 360 page's quick-add form: a note, call or meeting (an activity) or a task.</summary>
public sealed class AccountQuickAddForm
{
    public const string TaskKind = Services.QuickAddItems.TaskKind;

    /// <summary>What the form can add, in the order the select shows them.</summary>
    public static readonly IReadOnlyList<string> Kinds = [Models.ActivityKinds.Note, Models.ActivityKinds.Call, Models.ActivityKinds.Meeting, TaskKind];

    [Required(ErrorMessage = "Choose what to add.")]
    [Display(Name = "Kind")]
    public string? Kind { get; set; } = Models.ActivityKinds.Note;

    [Required(ErrorMessage = "Enter a title or outcome.")]
    [StringLength(200, ErrorMessage = "The title or outcome may be at most 200 characters.")]
    [Display(Name = "Title or outcome")]
    public string? Title { get; set; }

    /// <summary>When it happened (an activity) or when it is due (a task), in UTC.</summary>
    [Required(ErrorMessage = "Enter a date.")]
    [Display(Name = "Date (UTC)")]
    public DateTime? Date { get; set; }
}
