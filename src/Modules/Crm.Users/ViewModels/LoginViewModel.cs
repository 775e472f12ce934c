using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your user name.")]
    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Remember me")]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}
