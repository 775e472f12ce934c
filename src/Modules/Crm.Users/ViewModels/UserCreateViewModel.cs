using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Users.ViewModels;

public sealed class UserCreateViewModel
{
    [Required(ErrorMessage = "Enter a user name.")]
    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [Display(Name = "E-mail")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Enter a password.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Required(ErrorMessage = "Type the password again.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    public string? ConfirmPassword { get; set; }

    [Display(Name = "Enabled (may sign in)")]
    public bool IsEnabled { get; set; } = true;

    public List<string> Roles { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];
}
