using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Contents.Editors;
using OrchardCrm.Contents.Security;
using OrchardCrm.Contents.ViewModels;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;

namespace OrchardCrm.Contents.Controllers;

/// <summary>Create, edit (draft or publish) and delete an item of any type.</summary>
[Route("admin/contents")]
public sealed class ContentItemController(
    IContentDefinitionManager definitions,
    IContentManager content,
    ContentAuthorizer authorizer,
    ContentForm form,
    INotifier notifier,
    IEnabled<IContentCreationAdvisor> advisors) : Controller
{
    private const string PublishButton = "publish";

    /// <summary>The checkbox by which the user confirms the creation advisors' warnings.</summary>
    public const string ConfirmWarningsField = "confirmWarnings";

    [HttpGet("{type}/create")]
    public async Task<IActionResult> Create(string type, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null || !definition.TypeSettings.Creatable) return NotFound();
        if (!await authorizer.CanAsync(User, "EditContent", type)) return Forbid();
        var item = await content.NewAsync(type);
        var model = await form.BuildAsync(definition, item, isNew: true, await authorizer.CanAsync(User, "PublishContent", type), cancellationToken: cancellationToken);
        return View("Edit", model);
    }

    [HttpPost("{type}/create")]
    public async Task<IActionResult> CreatePost(string type, [FromForm] string? submit, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null || !definition.TypeSettings.Creatable) return NotFound();
        if (!await authorizer.CanAsync(User, "EditContent", type)) return Forbid();
        var canPublish = await authorizer.CanAsync(User, "PublishContent", type);
        var publish = submit == PublishButton || !definition.TypeSettings.Draftable;
        if (publish && !canPublish)
        {
            if (submit == PublishButton) return Forbid();
            publish = false;
        }

        var item = await content.NewAsync(type);
        var errors = await form.BindAsync(item, Request.Form);
        if (errors.Count > 0) errors.Add(await content.ValidateAsync(item));
        else
        {
            // Warnings are only worth reading about an item that could be saved as it is.
            if (Request.Form[ConfirmWarningsField] != "true" && await content.ValidateAsync(item) is { Succeeded: true }
                && await WarningsAsync(item, cancellationToken) is { Count: > 0 } warnings)
            {
                var model = await form.BuildAsync(definition, item, isNew: true, canPublish, Request.Form, errors, cancellationToken: cancellationToken);
                return View("Edit", model.WithWarnings(warnings));
            }
            errors.Add(await content.CreateAsync(item, publish, cancellationToken));
        }
        if (errors.Count > 0)
            return View("Edit", await form.BuildAsync(definition, item, isNew: true, canPublish, Request.Form, errors, cancellationToken: cancellationToken));

        notifier.Success(publish ? $"{TypeName(definition)} '{item.DisplayText}' published." : $"{TypeName(definition)} '{item.DisplayText}' saved as a draft.");
        return Redirect(EditUrl(item.ContentItemId));
    }

    [HttpGet("item/{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || await definitions.GetTypeDefinitionAsync(item.ContentType) is not { } definition) return NotFound();
        if (!await authorizer.CanAsync(User, "EditContent", item.ContentType, item)) return Forbid();
        var model = await form.BuildAsync(definition, item, isNew: false, await authorizer.CanAsync(User, "PublishContent", item.ContentType, item), cancellationToken: cancellationToken);
        return View(model);
    }

    [HttpPost("item/{id}/edit")]
    public async Task<IActionResult> EditPost(string id, [FromForm] string? submit, [FromForm] string? contentItemVersionId, [FromForm] long? rowVersion, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || await definitions.GetTypeDefinitionAsync(item.ContentType) is not { } definition) return NotFound();
        if (!await authorizer.CanAsync(User, "EditContent", item.ContentType, item)) return Forbid();
        var canPublish = await authorizer.CanAsync(User, "PublishContent", item.ContentType, item);
        var publish = submit == PublishButton;
        if (publish && !canPublish) return Forbid();

        var errors = await form.BindAsync(item, Request.Form);
        // The form was opened on another version or stamp: someone saved in between.
        if (contentItemVersionId != item.ContentItemVersionId || rowVersion != item.RowVersion)
            return View("Edit", await form.BuildAsync(definition, item, isNew: false, canPublish, Request.Form, errors, ConflictMessage(item), cancellationToken));

        var saved = false;
        try
        {
            errors.Add(errors.Count > 0 ? await content.ValidateAsync(item) : await content.UpdateAsync(item, cancellationToken));
            saved = errors.Count == 0;
            if (saved && publish) errors.Add(await content.PublishAsync(item, cancellationToken));
        }
        catch (ContentConflictException)
        {
            return View("Edit", await form.BuildAsync(definition, item, isNew: false, canPublish, Request.Form, errors, ConflictMessage(item), cancellationToken));
        }
        if (errors.Count > 0 && !saved)
            return View("Edit", await form.BuildAsync(definition, item, isNew: false, canPublish, Request.Form, errors, cancellationToken: cancellationToken));
        if (errors.Count > 0)
        {
            // Saved as a draft but not published: the form now stands on the new draft, so saving again is no conflict.
            var draft = await content.GetAsync(id, VersionOptions.Latest, cancellationToken) ?? item;
            return View("Edit", await form.BuildAsync(definition, draft, isNew: false, canPublish, WithStamps(draft), errors,
                "Your changes were saved as a draft, but the item could not be published.", cancellationToken));
        }

        notifier.Success(publish ? $"{TypeName(definition)} '{item.DisplayText}' published." : $"{TypeName(definition)} '{item.DisplayText}' saved as a draft.");
        return Redirect(EditUrl(id));
    }

    [HttpGet("item/{id}/delete")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null) return NotFound();
        if (!await authorizer.CanAsync(User, "DeleteContent", item.ContentType, item)) return Forbid();
        var definition = await definitions.GetTypeDefinitionAsync(item.ContentType);
        return View(new ContentDeleteViewModel(item, definition is null ? item.ContentType : TypeName(definition)));
    }

    [HttpPost("item/{id}/delete")]
    public async Task<IActionResult> DeletePost(string id, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null) return NotFound();
        if (!await authorizer.CanAsync(User, "DeleteContent", item.ContentType, item)) return Forbid();
        await content.RemoveAsync(item, cancellationToken);
        notifier.Success($"'{item.DisplayText}' deleted.");
        return Redirect($"/admin/contents/{Uri.EscapeDataString(item.ContentType)}");
    }

    public static string EditUrl(string id) => $"/admin/contents/item/{Uri.EscapeDataString(id)}/edit";

    private static string TypeName(ContentTypeDefinition type) => type.DisplayName is { Length: > 0 } d ? d : type.Name;

    private static string ConflictMessage(ContentItem item) =>
        $"'{item.DisplayText}' was changed by someone else since you opened it. Your input is kept below, but it cannot be saved over their changes: reload the page to edit the current version, then apply your changes again.";

    /// <summary>The posted form with the stamps of the version now stored.</summary>
    private async Task<List<CreationWarning>> WarningsAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var warnings = new List<CreationWarning>();
        foreach (var advisor in advisors) warnings.AddRange(await advisor.AdviseAsync(item, cancellationToken));
        return warnings;
    }

    private Microsoft.AspNetCore.Http.FormCollection WithStamps(ContentItem item)
    {
        var values = Request.Form.ToDictionary(p => p.Key, p => p.Value);
        values["ContentItemVersionId"] = item.ContentItemVersionId;
        values["RowVersion"] = item.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Microsoft.AspNetCore.Http.FormCollection(values);
    }
}
