using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.ViewModels;

/// <summary>
/// The form-based editor: the type's name and flags, and its activities, each with its property values and,
/// per outcome, the activity it goes to. Posting the form with a command adds or removes an activity
/// (nothing saved yet) or saves the whole graph as a new version.
/// </summary>
public sealed class WorkflowEditorViewModel
{
    [BindNever]
    public string WorkflowTypeId { get; set; } = "";

    [BindNever]
    public int Version { get; set; }

    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Enabled")]
    public bool Enabled { get; set; }

    [Display(Name = "Singleton (one running instance per item)")]
    public bool Singleton { get; set; }

    public List<ActivityEditor> Activities { get; set; } = [];

    /// <summary>The toolbox choice for "Add activity".</summary>
    [Display(Name = "Add from the toolbox")]
    public string? AddKind { get; set; }

    [BindNever]
    public ActivityLibrary Library { get; set; } = null!;

    [BindNever]
    public int InstanceCount { get; set; }
}

public sealed class ActivityEditor
{
    public string ActivityId { get; set; } = "";
    public string Kind { get; set; } = "";
    public bool IsStart { get; set; }
    public int X { get; set; }
    public int Y { get; set; }
    public Dictionary<string, string?> Properties { get; set; } = [];

    /// <summary>Outcome name → the id of the activity it goes to (empty: the branch ends).</summary>
    public Dictionary<string, string?> Next { get; set; } = [];
}
