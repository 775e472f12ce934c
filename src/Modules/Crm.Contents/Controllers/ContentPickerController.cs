using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.Editors.Kinds;
using OrchardCrm.Contents.Security;
using OrchardCrm.Contents.ViewModels;

namespace OrchardCrm.Contents.Controllers;

/// <summary>
/// The content picker's typeahead (htmx): items of the allowed types whose title contains the words,
/// among those the user may see, as a small HTML list; and the chip of a chosen item.
/// </summary>
[Route("admin/contents/picker")]
public sealed class ContentPickerController(
    IContentDefinitionManager definitions,
    IContentQueryFactory queries,
    IContentManager content,
    ContentAuthorizer authorizer) : Controller
{
    private const int MaxSuggestions = 10;

    [HttpGet("")]
    public async Task<IActionResult> Search([FromQuery] string? types, [FromQuery] string? q, [FromQuery] string name, [FromQuery] string target,
        [FromQuery] bool multiple, CancellationToken cancellationToken)
    {
        var requested = (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var candidates = requested.Length > 0
            ? requested
            : (await definitions.ListTypeDefinitionsAsync()).Where(t => t.TypeSettings.Listable).Select(t => t.Name).ToArray();

        var everyone = new List<string>();
        var ownOnly = new List<string>();
        foreach (var type in candidates)
        {
            if (await definitions.GetTypeDefinitionAsync(type) is null || !await authorizer.CanAsync(User, "ViewContent", type)) continue;
            (await authorizer.IsLimitedToOwnAsync(User, "ViewContent", type) ? ownOnly : everyone).Add(type);
        }

        var found = new List<ContentItem>();
        if (everyone.Count > 0) found.AddRange(await SearchAsync(everyone, q, owner: null, cancellationToken));
        if (ownOnly.Count > 0) found.AddRange(await SearchAsync(ownOnly, q, User.Identity!.Name, cancellationToken));
        var items = found.OrderBy(i => i.DisplayText, StringComparer.CurrentCultureIgnoreCase).Take(MaxSuggestions)
            .Select(i => new PickedItem(i.ContentItemId, i.DisplayText is { Length: > 0 } t ? t : i.ContentItemId, i.ContentType)).ToList();
        return PartialView("Results", new ContentPickerResultsViewModel(items, name, target, multiple, q ?? ""));
    }

    [HttpGet("chip")]
    public async Task<IActionResult> Chip([FromQuery] string id, [FromQuery] string name, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null) return NotFound();
        if (!await authorizer.CanAsync(User, "ViewContent", item.ContentType, item)) return Forbid();
        var picked = new PickedItem(item.ContentItemId, item.DisplayText is { Length: > 0 } t ? t : item.ContentItemId, item.ContentType);
        return PartialView("FieldEditors/_PickedItem", new PickedChipViewModel(picked, name));
    }

    private async Task<IReadOnlyList<ContentItem>> SearchAsync(List<string> types, string? words, string? owner, CancellationToken cancellationToken)
    {
        var query = queries.Query([.. types]).Latest().OrderBy(ContentOrder.DisplayText);
        if (!string.IsNullOrWhiteSpace(words)) query.DisplayTextContains(words.Trim());
        if (owner is not null) query.OwnedBy(owner);
        return (await query.ListAsync(1, MaxSuggestions, cancellationToken)).Items;
    }
}
