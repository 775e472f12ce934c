using System.Text.Json.Nodes;

namespace OrchardCrm.Settings;

/// <summary>The site's settings: its name and sections that modules add (a JSON object per section).</summary>
public interface ISiteService
{
    Task<SiteSettings> GetSiteSettingsAsync(CancellationToken cancellationToken = default);

    Task UpdateSiteSettingsAsync(Action<SiteSettings> alter, CancellationToken cancellationToken = default);
}

public sealed class SiteSettings
{
    public string SiteName { get; set; } = "OrchardCrm";
    public string? SuperUser { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public string Culture { get; set; } = "en-US";
    public string DefaultCurrency { get; set; } = "USD";
    public int PageSize { get; set; } = 20;
    public DateTime? SetupCompletedUtc { get; set; }

    /// <summary>Module settings, by section name.</summary>
    public JsonObject Properties { get; set; } = new();
}
