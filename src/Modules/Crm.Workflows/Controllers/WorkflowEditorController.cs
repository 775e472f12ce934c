using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Data;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.ViewModels;

namespace OrchardCrm.Workflows.Controllers;

/// <summary>
/// The form-based editor of a workflow type's graph. "Add activity" and "Remove" re-render the form with the
/// change (nothing saved); "Save" validates the whole graph and writes a new version, or shows each error
/// beside its field.
/// </summary>
[Route("admin/workflows/{id}/edit")]
[Authorize(Policy = WorkflowsController.ManagePolicy)]
public sealed class WorkflowEditorController(WorkflowTypeStore types, ActivityLibrary library, IRecordStore store, INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var type = await types.GetLatestAsync(id, cancellationToken);
        if (type is null) return NotFound();
        return await FormAsync(type, FromDefinition(type), cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(string id, WorkflowEditorViewModel model, string? command, CancellationToken cancellationToken)
    {
        var type = await types.GetLatestAsync(id, cancellationToken);
        if (type is null) return NotFound();
        command ??= "save";

        if (command == "add")
        {
            ModelState.Clear();
            if (model.AddKind is { Length: > 0 } kind && library.Find(kind) is { } activity) model.Activities.Add(NewActivity(activity, model));
            else ModelState.AddModelError(nameof(model.AddKind), "Choose an activity from the toolbox.");
            return await FormAsync(type, model, cancellationToken);
        }
        if (command.StartsWith("remove:", StringComparison.Ordinal))
        {
            ModelState.Clear();
            var removed = command["remove:".Length..];
            model.Activities.RemoveAll(a => a.ActivityId == removed);
            foreach (var activity in model.Activities)
                foreach (var outcome in activity.Next.Where(n => n.Value == removed).Select(n => n.Key).ToList())
                    activity.Next[outcome] = null;
            return await FormAsync(type, model, cancellationToken);
        }

        var draft = ToDraft(type, model);
        var (saved, errors) = await types.SaveAsync(draft, library, cancellationToken);
        if (saved is null)
        {
            foreach (var error in errors) ModelState.AddModelError(KeyOf(error, draft), error.Message);
            return await FormAsync(type, model, cancellationToken);
        }
        notifier.Success(saved.Version == type.Version
            ? $"Workflow {saved.Name} saved."
            : $"Workflow {saved.Name} saved as version {saved.Version}. Running instances finish on the version they started with.");
        return Redirect($"/admin/workflows/{id}/edit");
    }

    private async Task<IActionResult> FormAsync(WorkflowTypeRecord type, WorkflowEditorViewModel model, CancellationToken cancellationToken)
    {
        var typeId = type.WorkflowTypeId;
        model.WorkflowTypeId = typeId;
        model.Version = type.Version;
        model.Library = library;
        model.InstanceCount = await store.CountAsync(store.Query<WorkflowInstanceRecord>().Where(i => i.WorkflowTypeId == typeId), cancellationToken);
        ViewData["Title"] = $"Edit workflow {type.Name}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Workflows", "/admin/workflows"), new(type.Name) };
        return View("Edit", model);
    }

    private static WorkflowEditorViewModel FromDefinition(WorkflowTypeRecord type)
    {
        var definition = WorkflowDefinition.FromJson(type.Definition);
        return new WorkflowEditorViewModel
        {
            Name = type.Name,
            Enabled = type.Enabled,
            Singleton = type.Singleton,
            Activities = definition.Activities.Select(a => new ActivityEditor
            {
                ActivityId = a.ActivityId,
                Kind = a.Name,
                IsStart = a.IsStart,
                X = a.X,
                Y = a.Y,
                Properties = a.Properties.ToDictionary(p => p.Key, p => (string?)ActivityRules.Text(a.Properties, p.Key)),
                Next = definition.Transitions.Where(t => t.SourceActivityId == a.ActivityId)
                    .GroupBy(t => t.SourceOutcomeName, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => (string?)g.First().DestinationActivityId, StringComparer.OrdinalIgnoreCase),
            }).ToList(),
        };
    }

    /// <summary>The form's graph as a draft: declared properties only, empty values left out, booleans as JSON booleans.</summary>
    private WorkflowTypeDraft ToDraft(WorkflowTypeRecord type, WorkflowEditorViewModel model)
    {
        var definition = new WorkflowDefinition();
        foreach (var editor in model.Activities)
        {
            var kind = library.Find(editor.Kind);
            var properties = new JsonObject();
            foreach (var property in kind?.Properties ?? [])
            {
                var value = editor.Properties.GetValueOrDefault(property.Name)?.Trim();
                if (string.IsNullOrEmpty(value)) continue;
                properties[property.Name] = property.Kind == ActivityPropertyKind.Boolean && bool.TryParse(value, out var flag) ? JsonValue.Create(flag) : JsonValue.Create(value);
            }
            definition.Activities.Add(new ActivityRecord { ActivityId = editor.ActivityId, Name = editor.Kind, IsStart = editor.IsStart, X = editor.X, Y = editor.Y, Properties = properties });
            var outcomes = kind?.GetOutcomes(properties) ?? [];
            foreach (var (outcome, destination) in editor.Next)
                if (!string.IsNullOrEmpty(destination) && outcomes.Contains(outcome, StringComparer.OrdinalIgnoreCase))
                    definition.Transitions.Add(new TransitionRecord { SourceActivityId = editor.ActivityId, SourceOutcomeName = outcome, DestinationActivityId = destination });
        }
        return new WorkflowTypeDraft { WorkflowTypeId = type.WorkflowTypeId, Name = model.Name ?? "", Enabled = model.Enabled, Singleton = model.Singleton, Definition = definition };
    }

    /// <summary>The form field an error belongs beside.</summary>
    private static string KeyOf(WorkflowError error, WorkflowTypeDraft draft)
    {
        if (error.ActivityIndex is { } a)
            return WorkflowError.IsActivityField(error.Field) ? $"Activities[{a}].{error.Field}" : $"Activities[{a}].Properties[{error.Field}]";
        if (error.TransitionIndex is { } t && t < draft.Definition.Transitions.Count)
        {
            var transition = draft.Definition.Transitions[t];
            var index = draft.Definition.Activities.FindIndex(x => x.ActivityId == transition.SourceActivityId);
            return index < 0 ? "" : $"Activities[{index}].Next[{transition.SourceOutcomeName}]";
        }
        return error.Field is "Name" ? "Name" : "";
    }

    private static ActivityEditor NewActivity(IActivity activity, WorkflowEditorViewModel model)
    {
        var prefix = activity.Name.ToLowerInvariant();
        var n = 1;
        while (model.Activities.Any(a => a.ActivityId == $"{prefix}-{n}")) n++;
        return new ActivityEditor
        {
            ActivityId = $"{prefix}-{n}",
            Kind = activity.Name,
            // The first event of an empty workflow is its start.
            IsStart = activity.IsEvent && !model.Activities.Any(a => a.IsStart),
            Y = model.Activities.Count * 160,
            Properties = activity.Properties.Where(p => p.Default is not null).ToDictionary(p => p.Name, p => p.Default),
        };
    }
}
