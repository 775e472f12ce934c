using OrchardCrm.Documents;

namespace OrchardCrm.Settings;

/// <summary>Site settings kept as the "SiteSettings" document.</summary>
public sealed class SiteService(DocumentStore documents) : ISiteService
{
    public const string DocumentName = "SiteSettings";

    public async Task<SiteSettings> GetSiteSettingsAsync(CancellationToken cancellationToken = default) =>
        (await documents.LoadAsync<SiteSettings>(DocumentName, cancellationToken)).Document ?? new SiteSettings();

    public async Task UpdateSiteSettingsAsync(Action<SiteSettings> alter, CancellationToken cancellationToken = default)
    {
        var settings = await GetSiteSettingsAsync(cancellationToken);
        alter(settings);
        await documents.SaveAsync(DocumentName, settings, cancellationToken);
    }

    /// <summary>Whether setup has completed on this database.</summary>
    public async Task<bool> IsSetUpAsync(CancellationToken cancellationToken = default) =>
        (await GetSiteSettingsAsync(cancellationToken)).SetupCompletedUtc is not null;
}
