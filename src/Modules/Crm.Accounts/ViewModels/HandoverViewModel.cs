using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Accounts.ViewModels;

/// <summary>The handover form: who takes the account over, whether their open tasks go with it, and a note for the timeline.</summary>
public sealed class HandoverViewModel
{
    public string AccountId { get; set; } = "";
    public string AccountName { get; set; } = "";
    public string? CurrentOwner { get; set; }

    [Display(Name = "New owner")]
    public string? To { get; set; }

    [Display(Name = "Include open tasks")]
    public bool IncludeOpenTasks { get; set; } = true;

    [Display(Name = "Note")]
    [StringLength(2000)]
    public string? Note { get; set; }

    /// <summary>The active users' names to choose from.</summary>
    public IReadOnlyList<string> UserNames { get; set; } = [];
}
