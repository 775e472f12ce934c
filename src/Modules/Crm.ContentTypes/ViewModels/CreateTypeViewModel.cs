using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.ContentTypes.ViewModels;

public sealed class CreateTypeViewModel
{
    [Display(Name = "Technical name")]
    public string? Name { get; set; }

    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }
}
