using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.ContentTypes.ViewModels;

/// <summary>The type editor: the settings form (bound on POST) and what the page lists (filled by the controller).</summary>
public sealed class EditTypeViewModel
{
    public string Name { get; set; } = "";

    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public bool Creatable { get; set; }
    public bool Listable { get; set; }
    public bool Draftable { get; set; }
    public bool Versionable { get; set; }
    public bool Securable { get; set; }

    public IReadOnlyList<FieldRow> Fields { get; set; } = [];
    public IReadOnlyList<PartRow> Parts { get; set; } = [];

    /// <summary>Defined parts the type does not have yet.</summary>
    public IReadOnlyList<string> AvailableParts { get; set; } = [];
}

public sealed record FieldRow(string Name, string DisplayName, string Kind, bool Required);

/// <param name="IsOwn">The part named like the type, which holds its fields: it cannot be removed here.</param>
public sealed record PartRow(string Name, string PartName, int FieldCount, bool IsOwn);
