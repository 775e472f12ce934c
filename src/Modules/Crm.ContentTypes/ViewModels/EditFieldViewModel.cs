using System.ComponentModel.DataAnnotations;

namespace OrchardCrm.ContentTypes.ViewModels;

/// <summary>A field's settings form. Only the settings its kind reads (<see cref="Applicable"/>) are shown and saved.</summary>
public sealed class EditFieldViewModel
{
    public string TypeName { get; set; } = "";
    public string TypeDisplayName { get; set; } = "";
    public string FieldName { get; set; } = "";
    public string Kind { get; set; } = "";

    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    public bool Required { get; set; }

    public string? Hint { get; set; }

    [Display(Name = "Maximum length")]
    public int? MaxLength { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>One option per line.</summary>
    public string? Options { get; set; }

    [Display(Name = "Allow several values")]
    public bool Multiple { get; set; }

    [Display(Name = "Allowed content types")]
    public List<string> AllowedContentTypes { get; set; } = [];

    [Display(Name = "Default currency")]
    public string? DefaultCurrency { get; set; }

    public string? Editor { get; set; }

    [Display(Name = "Default value")]
    public string? DefaultValue { get; set; }

    public IReadOnlySet<string> Applicable { get; set; } = new HashSet<string>();

    /// <summary>Whether Minimum and Maximum count values rather than bound a number.</summary>
    public bool CountsValues { get; set; }

    public string DefaultValueHint { get; set; } = "";

    public IReadOnlyList<(string Name, string DisplayName)> ContentTypes { get; set; } = [];

    public bool Shows(string setting) => Applicable.Contains(setting);
}
