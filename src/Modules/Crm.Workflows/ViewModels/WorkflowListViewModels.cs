using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Workflows.ViewModels;

/// <summary>A row of the workflow types list: the latest version with its instance counts by status.</summary>
public sealed record WorkflowTypeRow(string WorkflowTypeId, string Name, int Version, bool Enabled, bool Singleton, string StartsWith, IReadOnlyDictionary<string, int> Counts)
{
    public int Count(string status) => Counts.TryGetValue(status, out var n) ? n : 0;
}

public sealed record StatusCount(string WorkflowTypeId, string Status, int Count);

public sealed class WorkflowListViewModel
{
    public List<WorkflowTypeRow> Types { get; init; } = [];
    public bool CanManage { get; init; }
}

public sealed class WorkflowCreateViewModel
{
    [Required(ErrorMessage = "Name is required.")]
    [StringLength(200, ErrorMessage = "Name must be at most 200 characters.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }
}
