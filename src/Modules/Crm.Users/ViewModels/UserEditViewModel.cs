using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Users.ViewModels;

public sealed class UserEditViewModel
{
    public string Id { get; set; } = "";

    /// <summary>Shown, not edited: the user name is how people sign in.</summary>
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "New password (leave empty to keep the current one)")]
    public string? NewPassword { get; set; }

    [DataType(DataType.Password)]
    [Display(Name = "Confirm new password")]
    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ.")]
    public string? ConfirmPassword { get; set; }

    [Display(Name = "Enabled (may sign in)")]
    public bool IsEnabled { get; set; } = true;

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public bool IsCurrentUser { get; set; }
}
