using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Data;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Security;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.ViewModels;

namespace OrchardCrm.Workflows.Controllers;

/// <summary>The workflow types list (with instance counts by status), and creating, enabling, disabling and deleting types.</summary>
[Route("admin/workflows")]
[Authorize(Policy = ViewPolicy)]
public sealed class WorkflowsController(
    WorkflowTypeStore types,
    IRecordStore store,
    ActivityLibrary library,
    IPermissionService permissions,
    INotifier notifier) : Controller
{
    public const string ViewPolicy = PermissionPolicy.Prefix + "ViewWorkflows";
    public const string ManagePolicy = PermissionPolicy.Prefix + "ManageWorkflows";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var latest = await types.ListLatestAsync(cancellationToken);
        var counts = await store.ListAsync(store.Query<WorkflowInstanceRecord>()
            .GroupBy(i => new { i.WorkflowTypeId, i.Status })
            .Select(g => new StatusCount(g.Key.WorkflowTypeId, g.Key.Status, g.Count())), cancellationToken);
        var rows = latest.Select(t => new WorkflowTypeRow(t.WorkflowTypeId, t.Name, t.Version, t.Enabled, t.Singleton, StartsWith(t),
            counts.Where(c => c.WorkflowTypeId == t.WorkflowTypeId).ToDictionary(c => c.Status, c => c.Count))).ToList();
        ViewData["Title"] = "Workflows";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Workflows") };
        return View(new WorkflowListViewModel { Types = rows, CanManage = await permissions.IsGrantedAsync(User, Permissions.ManageWorkflows) });
    }

    [HttpGet("create")]
    [Authorize(Policy = ManagePolicy)]
    public IActionResult Create() => CreateForm(new WorkflowCreateViewModel());

    [HttpPost("create")]
    [Authorize(Policy = ManagePolicy)]
    public async Task<IActionResult> Create(WorkflowCreateViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return CreateForm(model);
        var (saved, errors) = await types.SaveAsync(new WorkflowTypeDraft { Name = model.Name!.Trim() }, library, cancellationToken);
        if (saved is null)
        {
            foreach (var error in errors) ModelState.AddModelError(error.Field == "Name" ? nameof(model.Name) : "", error.Message);
            return CreateForm(model);
        }
        notifier.Success($"Workflow {saved.Name} created. Add its activities from the toolbox.");
        return Redirect($"/admin/workflows/{saved.WorkflowTypeId}/edit");
    }

    [HttpPost("{id}/enable")]
    [Authorize(Policy = ManagePolicy)]
    public Task<IActionResult> Enable(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    [HttpPost("{id}/disable")]
    [Authorize(Policy = ManagePolicy)]
    public Task<IActionResult> Disable(string id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    [HttpPost("{id}/delete")]
    [Authorize(Policy = ManagePolicy)]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var type = await types.GetLatestAsync(id, cancellationToken);
        if (type is null) return NotFound();
        await types.DeleteAsync(id, cancellationToken);
        notifier.Success($"Workflow {type.Name} deleted with its instances.");
        return Redirect("/admin/workflows");
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled, CancellationToken cancellationToken)
    {
        var type = await types.GetLatestAsync(id, cancellationToken);
        if (type is null) return NotFound();
        if (enabled && !WorkflowDefinition.FromJson(type.Definition).Activities.Any(a => a.IsStart))
        {
            notifier.Error($"Workflow {type.Name} has no start activity yet: open the editor and mark an event as the start.");
            return Redirect("/admin/workflows");
        }
        await types.SetEnabledAsync(id, enabled, cancellationToken);
        notifier.Success($"Workflow {type.Name} {(enabled ? "enabled" : "disabled")}.");
        return Redirect("/admin/workflows");
    }

    private IActionResult CreateForm(WorkflowCreateViewModel model)
    {
        ViewData["Title"] = "New workflow";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Workflows", "/admin/workflows"), new("New") };
        return View("Create", model);
    }

    private string StartsWith(WorkflowTypeRecord type) =>
        string.Join(", ", WorkflowDefinition.FromJson(type.Definition).Activities.Where(a => a.IsStart)
            .Select(a => library.Find(a.Name)?.DisplayText ?? a.Name).Distinct());
}
