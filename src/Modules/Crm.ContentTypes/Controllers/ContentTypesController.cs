using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentTypes.Services;
using OrchardCrm.ContentTypes.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.ContentTypes.Controllers;

/// <summary>The list of content types, creating one, and a type's settings and parts.</summary>
[Route("admin/content-types")]
[Authorize(Policy = ContentTypesPermissions.EditContentTypesPolicy)]
public sealed class ContentTypesController(
    IContentDefinitionManager definitions,
    ContentTypeEditor editor,
    TypeFieldEditor fields,
    INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var types = await definitions.ListTypeDefinitionsAsync();
        var items = new List<ContentTypeListItem>();
        foreach (var type in types.OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase))
        {
            var settings = type.TypeSettings;
            var fieldCount = (await definitions.GetFieldsAsync(type.Name)).Count;
            items.Add(new ContentTypeListItem(type.Name, type.DisplayName, ContentTypeEditor.Ordered(type).Select(p => p.Name).ToList(),
                fieldCount, settings.Listable, settings.Creatable));
        }
        return View(items);
    }

    [HttpGet("create")]
    public IActionResult Create() => View(new CreateTypeViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(CreateTypeViewModel model)
    {
        var name = model.Name?.Trim();
        var errors = await editor.CreateAsync(name, model.DisplayName);
        if (!AddErrors(errors)) return View(model);
        notifier.Success($"Content type '{model.DisplayName!.Trim()}' created. Add its fields below.");
        return RedirectToAction(nameof(Edit), new { type = name });
    }

    [HttpGet("{type}")]
    public async Task<IActionResult> Edit(string type)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null) return NotFound();
        var settings = definition.TypeSettings;
        var model = new EditTypeViewModel
        {
            Name = definition.Name,
            DisplayName = definition.DisplayName,
            Description = settings.Description,
            Creatable = settings.Creatable,
            Listable = settings.Listable,
            Draftable = settings.Draftable,
            Versionable = settings.Versionable,
            Securable = settings.Securable,
        };
        await FillAsync(model, definition);
        return View(model);
    }

    [HttpPost("{type}")]
    public async Task<IActionResult> Edit(string type, EditTypeViewModel model)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null) return NotFound();
        if (ModelState.IsValid)
        {
            var flags = new ContentTypeFlags(model.Creatable, model.Listable, model.Draftable, model.Versionable, model.Securable);
            var errors = await editor.UpdateAsync(type, model.DisplayName, model.Description, flags);
            if (AddErrors(errors))
            {
                notifier.Success($"Content type '{model.DisplayName!.Trim()}' saved.");
                return RedirectToAction(nameof(Edit), new { type });
            }
        }
        model.Name = definition.Name;
        await FillAsync(model, definition);
        return View(model);
    }

    [HttpPost("{type}/parts")]
    public async Task<IActionResult> AddPart(string type, string? partName)
    {
        if (await definitions.GetTypeDefinitionAsync(type) is null) return NotFound();
        var errors = await editor.AddPartAsync(type, partName);
        if (errors.IsValid) notifier.Success($"Part '{partName}' added.");
        else foreach (var (_, message) in errors.All) notifier.Error(message);
        return RedirectToEditParts(type);
    }

    [HttpPost("{type}/parts/{part}/remove")]
    public async Task<IActionResult> RemovePart(string type, string part)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null || definition.Parts.All(p => p.Name != part)) return NotFound();
        if (part == type)
        {
            notifier.Error("The type's own part holds its fields and cannot be removed; remove its fields instead.");
            return RedirectToEditParts(type);
        }
        await editor.RemovePartAsync(type, part);
        notifier.Success($"Part '{part}' removed. The data items hold in it is kept.");
        return RedirectToEditParts(type);
    }

    [HttpPost("{type}/parts/{part}/move")]
    public async Task<IActionResult> MovePart(string type, string part, string direction)
    {
        if (await definitions.GetTypeDefinitionAsync(type) is null) return NotFound();
        await editor.MovePartAsync(type, part, direction == "up" ? -1 : 1);
        return RedirectToEditParts(type);
    }

    private IActionResult RedirectToEditParts(string type) => Redirect(Url.Action(nameof(Edit), new { type }) + "#parts");

    private async Task FillAsync(EditTypeViewModel model, ContentTypeDefinition definition)
    {
        model.Fields = (await fields.FieldsAsync(definition.Name))
            .Select(f => new FieldRow(f.Name, f.DisplayName, f.FieldKind, f.FieldSettings.Required))
            .ToList();
        var parts = await definitions.ListPartDefinitionsAsync();
        model.Parts = ContentTypeEditor.Ordered(definition)
            .Select(p => new PartRow(p.Name, p.PartName, parts.FirstOrDefault(d => d.Name == p.PartName)?.Fields.Count ?? 0, p.Name == definition.Name))
            .ToList();
        model.AvailableParts = parts
            .Select(p => p.Name)
            .Where(name => definition.Parts.All(p => p.Name != name) && name != definition.Name)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        ViewData["Title"] = $"Edit {definition.DisplayName}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb>
        {
            new("Design"), new("Content types", "/admin/content-types"), new(definition.DisplayName),
        };
    }

    /// <summary>Puts the errors in ModelState beside their fields; true when there were none.</summary>
    private bool AddErrors(EditorErrors errors)
    {
        foreach (var (field, message) in errors.All) ModelState.AddModelError(field, message);
        return errors.IsValid;
    }
}
