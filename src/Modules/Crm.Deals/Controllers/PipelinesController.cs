using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Deals.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Deals.Controllers;

/// <summary>
/// Pipelines admin: the list, and one editor for a new or an existing pipeline with its stages. Reordering
/// (drag, or the up/down buttons), adding and removing stages re-render the form without saving; Save
/// validates everything and shows each refusal beside its field.
/// </summary>
[Route("admin/pipelines")]
[Authorize(Policy = DealPolicies.ManagePipelines)]
public sealed class PipelinesController(IPipelineService pipelines, INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pipelines.ListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new PipelineForm
    {
        IsNew = true,
        Stages =
        [
            new() { Id = "qualification", Name = "Qualification", Order = 1, Probability = 10, RottingDays = 14 },
            new() { Id = "proposal", Name = "Proposal", Order = 2, Probability = 50, ForecastCategory = ForecastCategory.BestCase, RottingDays = 14 },
            new() { Id = "won", Name = "Closed won", Order = 3, Probability = 100, ForecastCategory = ForecastCategory.ClosedWon },
            new() { Id = "lost", Name = "Closed lost", Order = 4, Probability = 0, ForecastCategory = ForecastCategory.ClosedLost },
        ],
    });

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var pipeline = await pipelines.GetAsync(id, cancellationToken);
        return pipeline is null ? NotFound() : View(PipelineForm.From(pipeline));
    }

    /// <param name="command">"save", "add", "remove:2", "up:2", "down:2" (the button that sent the form).</param>
    [HttpPost("save")]
    public async Task<IActionResult> Save(PipelineForm form, string? command, CancellationToken cancellationToken)
    {
        // Stages travel in the order shown; Order is renumbered from it (a drag only moves the rows).
        var stages = form.Stages;
        var (verb, index) = Parse(command);
        switch (verb)
        {
            case "add":
                stages.Add(new StageDefinition { Name = "", Probability = 0 });
                return Rerender(form);
            case "remove" when index >= 0 && index < stages.Count:
                stages.RemoveAt(index);
                return Rerender(form);
            case "up" when index > 0 && index < stages.Count:
                (stages[index - 1], stages[index]) = (stages[index], stages[index - 1]);
                return Rerender(form);
            case "down" when index >= 0 && index < stages.Count - 1:
                (stages[index + 1], stages[index]) = (stages[index], stages[index + 1]);
                return Rerender(form);
        }

        Renumber(form);
        if (form.IsNew && string.IsNullOrWhiteSpace(form.Id)) form.Id = PipelineForm.Slug(form.Name);
        foreach (var stage in stages.Where(s => string.IsNullOrWhiteSpace(s.Id))) stage.Id = PipelineForm.Slug(stage.Name);
        if (form.IsNew && await pipelines.GetAsync(form.Id ?? "", cancellationToken) is not null)
            ModelState.AddModelError(nameof(form.Id), $"A pipeline with the id '{form.Id}' already exists.");
        if (!ModelState.IsValid) return View("Edit", form);

        var result = await pipelines.SaveAsync(form.ToPipeline(), cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Field, error.Message);
            return View("Edit", form);
        }
        notifier.Success($"Pipeline '{result.Pipeline?.Name ?? form.Name}' saved.");
        return Redirect("/admin/pipelines");
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var result = await pipelines.DeleteAsync(id, cancellationToken);
        if (result.Succeeded) notifier.Success("Pipeline deleted.");
        else notifier.Error(string.Join(" ", result.Errors.Select(e => e.Message)));
        return Redirect("/admin/pipelines");
    }

    private ViewResult Rerender(PipelineForm form)
    {
        // The form changed shape: old messages and posted values would land on the wrong rows.
        ModelState.Clear();
        Renumber(form);
        return View("Edit", form);
    }

    private static void Renumber(PipelineForm form)
    {
        for (var i = 0; i < form.Stages.Count; i++) form.Stages[i].Order = i + 1;
    }

    private static (string Verb, int Index) Parse(string? command)
    {
        if (string.IsNullOrWhiteSpace(command)) return ("save", -1);
        var parts = command.Split(':', 2);
        return (parts[0], parts.Length == 2 && int.TryParse(parts[1], out var i) ? i : -1);
    }
}
