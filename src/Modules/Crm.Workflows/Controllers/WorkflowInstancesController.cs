using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Data;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Security;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Activities.Events;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.ViewModels;

namespace OrchardCrm.Workflows.Controllers;

/// <summary>A type's instances (filterable by status), an instance with its state and journal, and sending a start signal by hand.</summary>
[Route("admin/workflows")]
[Authorize(Policy = WorkflowsController.ViewPolicy)]
public sealed class WorkflowInstancesController(
    WorkflowTypeStore types,
    IRecordStore store,
    ActivityLibrary library,
    WorkflowManager manager,
    IPermissionService permissions,
    INotifier notifier) : Controller
{
    private const int PageSize = 100;

    [HttpGet("{id}/instances")]
    public async Task<IActionResult> Index(string id, string? status, CancellationToken cancellationToken)
    {
        var type = await types.GetLatestAsync(id, cancellationToken);
        if (type is null) return NotFound();
        var query = store.Query<WorkflowInstanceRecord>().Where(i => i.WorkflowTypeId == id);
        if (status is { Length: > 0 } && WorkflowStatus.All.Contains(status)) query = query.Where(i => i.Status == status);
        else status = null;
        var instances = await store.ListAsync(query.OrderByDescending(i => i.Id).Take(PageSize), cancellationToken);
        var signals = WorkflowDefinition.FromJson(type.Definition).Activities
            .Where(a => a.IsStart && a.Name == "Signal")
            .Select(a => ActivityRules.Text(a.Properties, "SignalName").Trim()).Where(s => s.Length > 0).Distinct().ToList();

        ViewData["Title"] = $"Instances of {type.Name}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Workflows", "/admin/workflows"), new(type.Name, $"/admin/workflows/{id}/edit"), new("Instances") };
        return View(new WorkflowInstancesViewModel
        {
            Type = type,
            Instances = instances,
            Status = status,
            Total = await store.CountAsync(query, cancellationToken),
            Signals = signals,
            CanManage = await permissions.IsGrantedAsync(User, Permissions.ManageWorkflows),
        });
    }

    [HttpPost("{id}/signal")]
    [Authorize(Policy = WorkflowsController.ManagePolicy)]
    public async Task<IActionResult> Signal(string id, [FromForm] string? signal, [FromForm] string? correlationId, CancellationToken cancellationToken)
    {
        var type = await types.GetLatestAsync(id, cancellationToken);
        if (type is null) return NotFound();
        if (signal is null || !SignalEvent.IsValidName(signal))
        {
            notifier.Error("That is not a signal name.");
            return Redirect($"/admin/workflows/{id}/instances");
        }
        var input = new JsonObject { ["SentBy"] = User.Identity?.Name };
        var result = await manager.TriggerAsync(SignalEvent.EventFor(signal), input, string.IsNullOrWhiteSpace(correlationId) ? null : correlationId.Trim(), cancellationToken);
        notifier.Information($"Signal '{signal}' sent: {result.Started.Count} workflow(s) started, {result.Resumed.Count} resumed.");
        return Redirect($"/admin/workflows/{id}/instances");
    }

    [HttpGet("instances/{workflowId}")]
    public async Task<IActionResult> Show(string workflowId, CancellationToken cancellationToken)
    {
        var instance = await store.FirstOrDefaultAsync(store.Query<WorkflowInstanceRecord>().Where(i => i.WorkflowId == workflowId), cancellationToken);
        if (instance is null) return NotFound();
        var type = await types.GetVersionAsync(instance.WorkflowTypeId, instance.WorkflowTypeVersion, cancellationToken);
        if (type is null) return NotFound();
        var journal = await store.ListAsync(store.Query<WorkflowJournalRecord>().Where(j => j.WorkflowId == workflowId).OrderBy(j => j.Sequence), cancellationToken);
        var rows = journal.Select(j => new JournalRow(j.Sequence, j.CreatedUtc, j.ActivityId,
            library.Find(j.ActivityName)?.DisplayText ?? j.ActivityName, j.Outcome, j.Error)).ToList();

        ViewData["Title"] = $"Workflow instance {workflowId}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb>
        {
            new("Configuration"), new("Workflows", "/admin/workflows"), new(type.Name, $"/admin/workflows/{type.WorkflowTypeId}/instances"), new(workflowId),
        };
        return View(new WorkflowInstanceViewModel { Instance = instance, Type = type, State = WorkflowState.FromJson(instance.State), Journal = rows });
    }
}
