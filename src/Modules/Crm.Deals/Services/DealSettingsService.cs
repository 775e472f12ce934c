using System.Text.Json;
using Microsoft.Extensions.Configuration;
using OrchardCrm.Deals.Models;
using OrchardCrm.Settings;

namespace OrchardCrm.Deals.Services;

/// <summary>Deal lists in the site settings' "Deals" section; defaults until a site saves its own.</summary>
internal sealed class DealSettingsService(ISiteService site, IServiceProvider services) : IDealSettingsService
{
    public const decimal DefaultCommitteeGapThreshold = 50_000m;
    private DealSettings? _cache;

    public async Task<DealSettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cache is null)
        {
            var settings = await site.GetSiteSettingsAsync(cancellationToken);
            _cache = settings.Properties[DealSettings.SectionName] is { } node
                ? node.Deserialize<DealSettings>(PipelineJson.Options) ?? new DealSettings()
                : new DealSettings();
        }
        return JsonSerializer.Deserialize<DealSettings>(JsonSerializer.Serialize(_cache, PipelineJson.Options), PipelineJson.Options)!;
    }

    public async Task<IReadOnlyList<FieldError>> SaveAsync(DealSettings settings, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        CheckList(errors, nameof(DealSettings.WonReasons), settings.WonReasons);
        CheckList(errors, nameof(DealSettings.LostReasons), settings.LostReasons);
        CheckList(errors, nameof(DealSettings.CommitteeRoles), settings.CommitteeRoles);
        if (settings.CommitteeGapThreshold is < 0) errors.Add(new FieldError(nameof(DealSettings.CommitteeGapThreshold), "must be 0 or more (empty: the configured default)."));
        if (errors.Count > 0) return errors;

        settings.WonReasons = Clean(settings.WonReasons);
        settings.LostReasons = Clean(settings.LostReasons);
        settings.CommitteeRoles = Clean(settings.CommitteeRoles);
        await site.UpdateSiteSettingsAsync(s => s.Properties[DealSettings.SectionName] = JsonSerializer.SerializeToNode(settings, PipelineJson.Options), cancellationToken);
        _cache = null;
        return [];
    }

    public async Task<decimal> GetCommitteeGapThresholdAsync(CancellationToken cancellationToken = default) =>
        (await GetAsync(cancellationToken)).CommitteeGapThreshold
        ?? (services.GetService(typeof(IConfiguration)) as IConfiguration)?.GetValue<decimal?>("Crm:Deals:CommitteeGapThreshold")
        ?? DefaultCommitteeGapThreshold;

    private static void CheckList(List<FieldError> errors, string name, List<string>? list)
    {
        if (list is null || list.Count == 0) { errors.Add(new FieldError(name, "must have at least one entry.")); return; }
        for (var i = 0; i < list.Count; i++)
            if (string.IsNullOrWhiteSpace(list[i])) errors.Add(new FieldError($"{name}[{i}]", "must not be empty."));
    }

    private static List<string> Clean(List<string> list) => list.Select(s => s.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
