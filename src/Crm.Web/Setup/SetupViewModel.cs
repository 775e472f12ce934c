using System.ComponentModel.DataAnnotations;
using OrchardCrm.Recipes;

namespace OrchardCrm.Web.Setup;

public sealed class SetupViewModel
{
    [Required(ErrorMessage = "Enter the site's name.")]
    [StringLength(100, ErrorMessage = "A site name has at most 100 characters.")]
    [Display(Name = "Site name")]
    public string? SiteName { get; set; } = "OrchardCrm";

    [Required(ErrorMessage = "Enter the administrator's user name.")]
    [Display(Name = "Administrator's user name")]
    public string? AdminUserName { get; set; } = "admin";

    [Required(ErrorMessage = "Enter the administrator's e-mail address.")]
    [EmailAddress(ErrorMessage = "This is not an e-mail address.")]
    [Display(Name = "Administrator's e-mail")]
    public string? AdminEmail { get; set; }

    [Required(ErrorMessage = "Choose the administrator's password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string? AdminPassword { get; set; }

    [Required(ErrorMessage = "Type the password again.")]
    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    [Compare(nameof(AdminPassword), ErrorMessage = "The two passwords differ.")]
    public string? ConfirmPassword { get; set; }

    [Required(ErrorMessage = "Choose a setup recipe.")]
    [Display(Name = "Recipe")]
    public string? Recipe { get; set; }

    public IReadOnlyList<RecipeDescriptor> Recipes { get; set; } = [];
}
