using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Users.ViewModels;

public sealed class RoleEditViewModel
{
    /// <summary>Null while creating.</summary>
    public string? Id { get; set; }

    [Required(ErrorMessage = "Enter a role name.")]
    [StringLength(256, ErrorMessage = "A role name has at most 256 characters.")]
    public string? Name { get; set; }

    [StringLength(1000, ErrorMessage = "A description has at most 1000 characters.")]
    public string? Description { get; set; }

    public List<string> Permissions { get; set; } = [];

    public IReadOnlyList<PermissionGroup> Groups { get; set; } = [];

    public bool IsAdministrator { get; set; }
}

public sealed record PermissionGroup(string Category, IReadOnlyList<PermissionOption> Permissions);

public sealed record PermissionOption(string Name, string Description);
