namespace OrchardCrm.Deals.Models;

/// <summary>
/// The site's deal lists (section "Deals" of the site settings), read and saved through
/// <c>IDealSettingsService</c>. Lists are extensible: sites add their own reasons and roles. (Sources are the
/// options of the Source field, edited in the content type editor.)
/// </summary>
public sealed class DealSettings
{
    public const string SectionName = "Deals";

    public List<string> WonReasons { get; set; } = ["Price", "Product fit", "Relationship", "Timing", "Other"];
    public List<string> LostReasons { get; set; } = ["Price", "Lost to competitor", "No decision", "Missing features", "Timing", "Other"];
    public List<string> CommitteeRoles { get; set; } = [.. Models.CommitteeRoles.Defaults];
    /// <summary>
    /// Deals of at least this amount with a committee gap (no economic buyer or champion) are flagged.
    /// Null: the configuration value <c>Crm:Deals:CommitteeGapThreshold</c>, else 50,000.
    /// </summary>
    public decimal? CommitteeGapThreshold { get; set; }
}
