using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Admin.ViewModels;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;

namespace OrchardCrm.Admin.Controllers;

/// <summary>
/// The enabled background tasks with their schedule and last outcome, and a button to run one now
/// (under its lease, like a scheduled run). Administration of the site, so it needs ManageFeatures.
/// </summary>
[Route("admin/background-tasks")]
[Authorize(Policy = AdminPermissions.ManageFeaturesPolicy)]
public sealed class BackgroundTasksController(IBackgroundTaskRunner runner, IFeatureManager features, INotifier notifier) : Controller
{
    private const string ListUrl = "/admin/background-tasks";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var statuses = await runner.ListAsync(HttpContext.RequestAborted);
        var rows = statuses
            .Select(s => new BackgroundTaskRow(s, FeatureName(s.FeatureId)))
            .OrderBy(r => r.Status.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        ViewData["Title"] = "Background tasks";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Background tasks") };
        return View(rows);
    }

    [HttpPost("run")]
    public async Task<IActionResult> Run([FromForm] string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            notifier.Error("Choose a task to run.");
            return Redirect(ListUrl);
        }
        if (!await runner.RunNowAsync(name, HttpContext.RequestAborted))
        {
            notifier.Error($"'{name}' did not run: it is unknown, its feature is disabled, or another node is running it now.");
            return Redirect(ListUrl);
        }
        var status = (await runner.ListAsync(HttpContext.RequestAborted)).FirstOrDefault(s => s.Name == name);
        if (status?.LastError is { } error)
            notifier.Error($"'{name}' ran and failed: {error.Split('\n', 2)[0].Trim()}");
        else
            notifier.Success($"'{name}' ran.");
        return Redirect(ListUrl);
    }

    private string FeatureName(string? featureId) =>
        featureId is null ? "Kernel"
        : features.AvailableFeatures.FirstOrDefault(f => string.Equals(f.Id, featureId, StringComparison.OrdinalIgnoreCase))?.Name ?? featureId;
}
