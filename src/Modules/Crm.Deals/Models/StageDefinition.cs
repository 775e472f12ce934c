namespace OrchardCrm.Deals.Models;

/// <summary>
/// One stage of a pipeline. <see cref="Id"/> is a stable slug ("proposal"): deals and history rows refer
/// to it, so renaming a stage keeps its deals. Settable properties so pages can bind forms to it.
/// </summary>
public sealed class StageDefinition
{
    /// <summary>Stable slug: lower-case letters, digits and dashes, unique in the pipeline.</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Position on the board (stages are kept sorted by it).</summary>
    public int Order { get; set; }
    /// <summary>Win probability in percent, 0-100.</summary>
    public int Probability { get; set; }
    public ForecastCategory ForecastCategory { get; set; } = ForecastCategory.Pipeline;
    /// <summary>Days without activity after which a deal in this stage rots; null or 0: never.</summary>
    public int? RottingDays { get; set; }
    /// <summary>When set, entering the stage creates a follow-up task due this many days later.</summary>
    public int? FollowUpDays { get; set; }
    /// <summary>The follow-up task's title (a default is used when empty).</summary>
    public string? FollowUpTitle { get; set; }

    public bool IsClosed => ForecastCategory.IsClosed();

    public StageDefinition Copy() => (StageDefinition)MemberwiseClone();
}
