using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentTypes.Services;
using OrchardCrm.ContentTypes.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.ContentTypes.Controllers;

/// <summary>A type's custom fields: add, edit settings, reorder, remove.</summary>
[Route("admin/content-types/{type}/fields")]
[Authorize(Policy = ContentTypesPermissions.EditContentTypesPolicy)]
public sealed class ContentTypeFieldsController(
    IContentDefinitionManager definitions,
    IFieldKindRegistry kinds,
    TypeFieldEditor editor,
    INotifier notifier) : Controller
{
    [HttpGet("add")]
    public async Task<IActionResult> Add(string type)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null) return NotFound();
        var model = new AddFieldViewModel { Kind = ContentManagement.FieldKinds.Text };
        Fill(model, definition);
        return View(model);
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string type, AddFieldViewModel model)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null) return NotFound();
        var name = model.Name?.Trim();
        var errors = await editor.AddAsync(type, name, model.DisplayName, model.Kind);
        if (!AddErrors(errors))
        {
            Fill(model, definition);
            return View(model);
        }
        var added = (await editor.FindAsync(type, name!))!;
        notifier.Success($"Field '{added.DisplayName}' added to {definition.DisplayName}.");
        return Redirect(Url.Action("Edit", "ContentTypes", new { type }) + "#fields");
    }

    [HttpGet("{field}/edit")]
    public async Task<IActionResult> Edit(string type, string field)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        var current = definition is null ? null : await editor.FindAsync(type, field);
        if (definition is null || current is null) return NotFound();
        var settings = current.FieldSettings;
        var model = new EditFieldViewModel
        {
            DisplayName = current.DisplayName,
            Required = settings.Required,
            Hint = settings.Hint,
            MaxLength = settings.MaxLength,
            Minimum = settings.Minimum,
            Maximum = settings.Maximum,
            Options = string.Join("\n", settings.Options),
            Multiple = settings.Multiple,
            AllowedContentTypes = settings.AllowedContentTypes,
            DefaultCurrency = settings.DefaultCurrency,
            Editor = settings.Editor,
            DefaultValue = settings.DefaultValue,
        };
        await FillAsync(model, definition, current);
        return View(model);
    }

    [HttpPost("{field}/edit")]
    public async Task<IActionResult> Edit(string type, string field, EditFieldViewModel model)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        var current = definition is null ? null : await editor.FindAsync(type, field);
        if (definition is null || current is null) return NotFound();

        if (ModelState.IsValid)
        {
            var settings = Apply(model, current);
            var errors = await editor.UpdateAsync(type, current.Name, model.DisplayName, model.Hint, settings);
            if (AddErrors(errors))
            {
                notifier.Success($"Field '{(string.IsNullOrWhiteSpace(model.DisplayName) ? current.Name : model.DisplayName.Trim())}' saved.");
                return Redirect(Url.Action("Edit", "ContentTypes", new { type }) + "#fields");
            }
        }
        await FillAsync(model, definition, current);
        return View(model);
    }

    [HttpPost("{field}/remove")]
    public async Task<IActionResult> Remove(string type, string field)
    {
        var current = await editor.FindAsync(type, field);
        if (current is null) return NotFound();
        await editor.RemoveAsync(type, current.Name);
        notifier.Success($"Field '{current.DisplayName}' removed. Values already stored in items are kept but no longer shown.");
        return RedirectToFields(type);
    }

    [HttpPost("{field}/move")]
    public async Task<IActionResult> Move(string type, string field, string direction)
    {
        if (await editor.FindAsync(type, field) is null) return NotFound();
        await editor.MoveAsync(type, field, direction == "up" ? -1 : 1);
        return RedirectToFields(type);
    }

    /// <summary>The order from drag and drop: every field's name, in the new order.</summary>
    [HttpPost("order")]
    public async Task<IActionResult> Order(string type, [FromForm(Name = "order")] List<string> order)
    {
        if (await definitions.GetTypeDefinitionAsync(type) is null) return NotFound();
        var errors = await editor.ReorderAsync(type, order);
        if (errors.IsValid) notifier.Success("Field order saved.");
        else foreach (var (_, message) in errors.All) notifier.Error(message);
        return RedirectToFields(type);
    }

    private IActionResult RedirectToFields(string type) => Redirect(Url.Action("Edit", "ContentTypes", new { type }) + "#fields");

    /// <summary>The current settings with the form's values for the settings the kind reads; the others stay as they were.</summary>
    private static FieldSettings Apply(EditFieldViewModel model, ContentPartFieldDefinition current)
    {
        var settings = current.FieldSettings;
        var shown = FieldKindSettings.For(current.FieldKind);
        if (shown.Contains(FieldKindSettings.Required)) settings.Required = model.Required;
        if (shown.Contains(FieldKindSettings.MaxLength)) settings.MaxLength = model.MaxLength;
        if (shown.Contains(FieldKindSettings.Minimum)) settings.Minimum = model.Minimum;
        if (shown.Contains(FieldKindSettings.Maximum)) settings.Maximum = model.Maximum;
        if (shown.Contains(FieldKindSettings.Options))
            settings.Options = (model.Options ?? "").Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        if (shown.Contains(FieldKindSettings.Multiple)) settings.Multiple = model.Multiple;
        if (shown.Contains(FieldKindSettings.AllowedContentTypes))
            settings.AllowedContentTypes = model.AllowedContentTypes.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList();
        if (shown.Contains(FieldKindSettings.DefaultCurrency))
            settings.DefaultCurrency = string.IsNullOrWhiteSpace(model.DefaultCurrency) ? null : model.DefaultCurrency.Trim().ToUpperInvariant();
        if (shown.Contains(FieldKindSettings.Editor)) settings.Editor = string.IsNullOrWhiteSpace(model.Editor) ? null : model.Editor;
        if (shown.Contains(FieldKindSettings.DefaultValue))
            settings.DefaultValue = string.IsNullOrWhiteSpace(model.DefaultValue) ? null : model.DefaultValue.Trim();
        return settings;
    }

    private void Fill(AddFieldViewModel model, ContentTypeDefinition definition)
    {
        model.TypeName = definition.Name;
        model.TypeDisplayName = definition.DisplayName;
        model.Kinds = kinds.All.Select(k => k.Name).Order(StringComparer.Ordinal).ToList();
        SetPage(definition, "Add a field");
    }

    private async Task FillAsync(EditFieldViewModel model, ContentTypeDefinition definition, ContentPartFieldDefinition field)
    {
        model.TypeName = definition.Name;
        model.TypeDisplayName = definition.DisplayName;
        model.FieldName = field.Name;
        model.Kind = field.FieldKind;
        model.Applicable = FieldKindSettings.For(field.FieldKind);
        model.CountsValues = FieldKindSettings.CountsValues(field.FieldKind);
        model.DefaultValueHint = FieldKindSettings.DefaultValueHint(field.FieldKind);
        model.ContentTypes = (await definitions.ListTypeDefinitionsAsync())
            .Select(t => (t.Name, t.DisplayName))
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        SetPage(definition, $"Edit field {field.DisplayName}");
    }

    private void SetPage(ContentTypeDefinition definition, string title)
    {
        ViewData["Title"] = $"{title} · {definition.DisplayName}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb>
        {
            new("Design"),
            new("Content types", "/admin/content-types"),
            new(definition.DisplayName, $"/admin/content-types/{definition.Name}"),
            new(title),
        };
    }

    private bool AddErrors(EditorErrors errors)
    {
        foreach (var (key, message) in errors.All) ModelState.AddModelError(key, message);
        return errors.IsValid;
    }
}
