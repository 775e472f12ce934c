using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Admin.ViewModels;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;

namespace OrchardCrm.Admin.Controllers;

/// <summary>
/// The features, by category, and switching them on and off. A switch first shows what else changes
/// (dependencies switched on, dependents switched off) and applies only once confirmed.
/// </summary>
[Route("admin/features")]
[Authorize(Policy = AdminPermissions.ManageFeaturesPolicy)]
public sealed class FeaturesController(IFeatureManager features, INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var enabled = await features.GetEnabledFeatureIdsAsync(HttpContext.RequestAborted);
        var all = features.AvailableFeatures;
        string NameOf(string id) => all.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase))?.Name ?? id;

        var groups = all
            .GroupBy(f => string.IsNullOrWhiteSpace(f.Category) ? "Uncategorized" : f.Category)
            .OrderBy(g => g.Key, StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new FeatureGroup(g.Key, g
                .OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase)
                .Select(f => new FeatureRow(
                    f,
                    enabled.Contains(f.Id),
                    f.Dependencies.Select(NameOf).ToList(),
                    all.Where(d => d.Dependencies.Contains(f.Id, StringComparer.OrdinalIgnoreCase)).Select(d => d.Name).ToList()))
                .ToList()))
            .ToList();
        ViewData["Title"] = "Features";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Features") };
        return View(groups);
    }

    [HttpGet("{id}/enable")]
    public Task<IActionResult> ConfirmEnable(string id) => ConfirmAsync(id, enable: true);

    [HttpGet("{id}/disable")]
    public Task<IActionResult> ConfirmDisable(string id) => ConfirmAsync(id, enable: false);

    [HttpPost("{id}/enable")]
    public async Task<IActionResult> Enable(string id)
    {
        if (Find(id) is null) return NotFound();
        try
        {
            var changed = await features.EnableAsync([id], HttpContext.RequestAborted);
            notifier.Success(changed.Count == 0 ? $"'{Find(id)!.Name}' was already enabled." : $"Enabled: {Names(changed)}.");
        }
        catch (FeatureException e)
        {
            notifier.Error(e.Message);
        }
        return Redirect("/admin/features");
    }

    [HttpPost("{id}/disable")]
    public async Task<IActionResult> Disable(string id)
    {
        if (Find(id) is null) return NotFound();
        try
        {
            var changed = await features.DisableAsync([id], HttpContext.RequestAborted);
            notifier.Success(changed.Count == 0 ? $"'{Find(id)!.Name}' was already disabled." : $"Disabled: {Names(changed)}.");
        }
        catch (FeatureException e)
        {
            notifier.Error(e.Message);
        }
        return Redirect("/admin/features");
    }

    private async Task<IActionResult> ConfirmAsync(string id, bool enable)
    {
        var feature = Find(id);
        if (feature is null) return NotFound();
        IReadOnlyList<FeatureDescriptor> changes;
        string? refusal = null;
        try
        {
            changes = enable
                ? await features.GetFeaturesToEnableAsync([feature.Id], HttpContext.RequestAborted)
                : await features.GetFeaturesToDisableAsync([feature.Id], HttpContext.RequestAborted);
        }
        catch (FeatureException e)
        {
            notifier.Error(e.Message);
            return Redirect("/admin/features");
        }
        if (!enable)
        {
            if (feature.AlwaysEnabled) refusal = $"'{feature.Name}' is always enabled: the site needs it.";
            else if (changes.FirstOrDefault(f => f.AlwaysEnabled) is { } blocked)
                refusal = $"Disabling '{feature.Name}' would disable '{blocked.Name}', which is always enabled.";
        }
        var others = changes.Where(f => f.Id != feature.Id).ToList();
        var nothingToDo = changes.All(f => f.Id != feature.Id);

        var verb = enable ? "Enable" : "Disable";
        ViewData["Title"] = $"{verb} {feature.Name}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Features", "/admin/features"), new($"{verb} {feature.Name}") };
        return View("Confirm", new FeatureChangeViewModel(feature, enable, others, refusal, nothingToDo));
    }

    private FeatureDescriptor? Find(string id) =>
        features.AvailableFeatures.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    private static string Names(IEnumerable<FeatureDescriptor> changed) => string.Join(", ", changed.Select(f => f.Name));
}
