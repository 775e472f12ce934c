using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.ContentTypes.ViewModels;

public sealed class AddFieldViewModel
{
    public string TypeName { get; set; } = "";
    public string TypeDisplayName { get; set; } = "";

    [Display(Name = "Technical name")]
    public string? Name { get; set; }

    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    [Display(Name = "Kind")]
    public string? Kind { get; set; }

    public IReadOnlyList<string> Kinds { get; set; } = [];
}
