using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Search.Lucene.Indexing;
using OrchardCrm.Search.Lucene.Models;
using OrchardCrm.Search.Lucene.Services;
using OrchardCrm.Search.Lucene.ViewModels;

namespace OrchardCrm.Search.Lucene.Controllers;

/// <summary>Configuration → Search indexes: list, create, edit, rebuild, reset and delete index definitions.</summary>
[Route("admin/search/indexes")]
[Authorize(Policy = SearchPermissions.ManageSearchIndexesPolicy)]
public sealed class SearchIndexesController(SearchIndexDefinitionStore store, SearchIndexer indexer, IContentDefinitionManager definitions, INotifier notifier) : Controller
{
    private const string ListUrl = "/admin/search/indexes";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        Crumbs();
        var rows = new List<SearchIndexRow>();
        foreach (var record in await store.ListAsync(cancellationToken))
        {
            var definition = SearchIndexDefinition.From(record);
            rows.Add(new SearchIndexRow(definition.Name, definition.ContentTypes, definition.Analyzer, definition.IndexLatest, definition.Fields.Count,
                await indexer.CountAsync(definition.Name, cancellationToken)));
        }
        return View(new SearchIndexListViewModel(rows));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create()
    {
        Crumbs("New index");
        return View("Edit", await FillAsync(new SearchIndexEditViewModel { IsNew = true, ContentTypes = [.. SearchIndexDefinitionStore.DefaultTypes] }));
    }

    [HttpPost("create")]
    public Task<IActionResult> CreatePost(SearchIndexEditViewModel model, CancellationToken cancellationToken)
    {
        model.IsNew = true;
        return SaveAsync(model, cancellationToken);
    }

    [HttpGet("{name}/edit")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(name, cancellationToken);
        if (record is null) return NotFound();
        Crumbs(name);
        var definition = SearchIndexDefinition.From(record);
        var available = (await definitions.ListTypeDefinitionsAsync()).Select(t => t.Name).ToHashSet();
        return View(await FillAsync(new SearchIndexEditViewModel
        {
            Name = definition.Name,
            ContentTypes = definition.ContentTypes.Where(available.Contains).ToList(),
            OtherContentTypes = string.Join("\n", definition.ContentTypes.Where(t => !available.Contains(t))),
            Analyzer = definition.Analyzer,
            Fields = string.Join("\n", definition.Fields),
            IndexLatest = definition.IndexLatest,
        }));
    }

    [HttpPost("{name}/edit")]
    public async Task<IActionResult> EditPost(string name, SearchIndexEditViewModel model, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is null) return NotFound();
        model.IsNew = false;
        model.Name = name;
        return await SaveAsync(model, cancellationToken);
    }

    [HttpPost("{name}/rebuild")]
    public async Task<IActionResult> Rebuild(string name, CancellationToken cancellationToken)
    {
        if (!await store.RequestRebuildAsync(name, cancellationToken)) return NotFound();
        await indexer.SweepAsync(cancellationToken);
        notifier.Success($"Index '{name}' rebuilt on this server ({await indexer.CountAsync(name, cancellationToken)} items); the other servers rebuild theirs within seconds.");
        return Redirect(ListUrl);
    }

    [HttpPost("{name}/reset")]
    public async Task<IActionResult> Reset(string name, CancellationToken cancellationToken)
    {
        if (!await store.RequestResetAsync(name, cancellationToken)) return NotFound();
        await indexer.SweepAsync(cancellationToken);
        notifier.Success($"Index '{name}' reset: every queued change was applied again.");
        return Redirect(ListUrl);
    }

    [HttpPost("{name}/delete")]
    public async Task<IActionResult> Delete(string name, CancellationToken cancellationToken)
    {
        if (!await store.DeleteAsync(name, cancellationToken)) return NotFound();
        await indexer.SweepAsync(cancellationToken);
        notifier.Success($"Index '{name}' deleted.");
        return Redirect(ListUrl);
    }

    private async Task<IActionResult> SaveAsync(SearchIndexEditViewModel model, CancellationToken cancellationToken)
    {
        var types = model.ContentTypes.Concat(SearchIndexDefinition.Split(model.OtherContentTypes)).Distinct(StringComparer.Ordinal).ToList();
        var input = new SearchIndexInput(model.Name?.Trim(), types, model.Analyzer, SearchIndexDefinition.Split(model.Fields), model.IndexLatest);
        var errors = await store.SaveAsync(input, mustBeNew: model.IsNew, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors)
                ModelState.AddModelError(field == nameof(SearchIndexInput.ContentTypes) ? nameof(SearchIndexEditViewModel.ContentTypes) : field, message);
            Crumbs(model.IsNew ? "New index" : model.Name);
            return View("Edit", await FillAsync(model));
        }
        await indexer.SweepAsync(cancellationToken);
        notifier.Success($"Index '{input.Name}' saved.");
        return Redirect(ListUrl);
    }

    private async Task<SearchIndexEditViewModel> FillAsync(SearchIndexEditViewModel model)
    {
        model.AvailableTypes = (await definitions.ListTypeDefinitionsAsync())
            .OrderBy(t => t.DisplayName, StringComparer.OrdinalIgnoreCase)
            .Select(t => (t.Name, t.DisplayName is { Length: > 0 } d ? d : t.Name)).ToList();
        return model;
    }

    private void Crumbs(string? last = null)
    {
        ViewData["Title"] = last is null ? "Search indexes" : $"Search index {last}";
        var crumbs = new List<Breadcrumb> { new("Configuration"), new("Search indexes", last is null ? null : ListUrl) };
        if (last is not null) crumbs.Add(new(last));
        ViewData[Breadcrumb.ViewDataKey] = crumbs;
    }
}
