using Microsoft.AspNetCore.Mvc;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Contents.Editors;
using OrchardCrm.Contents.Security;
using OrchardCrm.Contents.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Contents.Controllers;

/// <summary>An item's versions (compare two, restore one) and its audit trail.</summary>
[Route("admin/contents/item/{id}")]
public sealed class ContentHistoryController(
    IContentDefinitionManager definitions,
    IContentManager content,
    IAuditTrail auditTrail,
    ContentAuthorizer authorizer,
    FieldEditorRegistry editors,
    INotifier notifier) : Controller
{
    [HttpGet("versions")]
    public async Task<IActionResult> Versions(string id, CancellationToken cancellationToken)
    {
        var versions = await content.ListVersionsAsync(id, cancellationToken);
        if (Current(versions) is not { } current) return NotFound();
        if (!await authorizer.CanAsync(User, "ViewContent", current.ContentType, current)) return Forbid();
        return View(new ContentVersionsViewModel
        {
            Current = current,
            TypeName = await TypeNameAsync(current.ContentType),
            Versions = versions,
            CanRestore = current.Latest && await authorizer.CanAsync(User, "EditContent", current.ContentType, current),
        });
    }

    [HttpGet("versions/compare")]
    public async Task<IActionResult> Compare(string id, [FromQuery] string? a, [FromQuery] string? b, CancellationToken cancellationToken)
    {
        var versions = await content.ListVersionsAsync(id, cancellationToken);
        if (Current(versions) is not { } current) return NotFound();
        if (!await authorizer.CanAsync(User, "ViewContent", current.ContentType, current)) return Forbid();
        var leftIndex = versions.ToList().FindIndex(v => v.ContentItemVersionId == a);
        var rightIndex = versions.ToList().FindIndex(v => v.ContentItemVersionId == b);
        if (leftIndex < 0 || rightIndex < 0) return BadRequest("Choose two versions of this item to compare.");
        // Older on the left, whatever order they were picked in.
        if (leftIndex > rightIndex) (leftIndex, rightIndex) = (rightIndex, leftIndex);
        var (left, right) = (versions[leftIndex], versions[rightIndex]);

        var differences = new List<FieldDifference> { new("Title", left.DisplayText, right.DisplayText) };
        foreach (var field in await definitions.GetFieldsAsync(current.ContentType))
        {
            var editor = editors.For(field.Field.FieldKind);
            differences.Add(new FieldDifference(field.Field.DisplayName,
                await editor.DisplayAsync(left.GetField(field.PartName, field.Field.Name), cancellationToken),
                await editor.DisplayAsync(right.GetField(field.PartName, field.Field.Name), cancellationToken)));
        }
        return View(new ContentCompareViewModel
        {
            Current = current,
            TypeName = await TypeNameAsync(current.ContentType),
            Left = left,
            LeftNumber = leftIndex + 1,
            Right = right,
            RightNumber = rightIndex + 1,
            Fields = differences,
        });
    }

    /// <summary>Copies a version's title and fields into a new save of the latest version (a draft when the type has drafts).</summary>
    [HttpPost("versions/{versionId}/restore")]
    public async Task<IActionResult> Restore(string id, string versionId, CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var version = await content.GetVersionAsync(versionId, cancellationToken);
        if (latest is null || version is null || version.ContentItemId != id) return NotFound();
        if (!await authorizer.CanAsync(User, "EditContent", latest.ContentType, latest)) return Forbid();

        var number = (await content.ListVersionsAsync(id, cancellationToken)).ToList().FindIndex(v => v.ContentItemVersionId == versionId) + 1;
        latest.DisplayText = version.DisplayText;
        latest.Content = (System.Text.Json.Nodes.JsonObject)version.Content.DeepClone();
        try
        {
            var result = await content.UpdateAsync(latest, cancellationToken);
            if (result.Succeeded) notifier.Success($"Version {number} restored as the latest version{(latest.Published ? "" : " (a draft: publish it to make it live)")}.");
            else notifier.Error($"Version {number} cannot be restored: the type's fields changed since. {string.Join(" ", result.Errors.Select(e => e.Message))}");
        }
        catch (ContentConflictException e)
        {
            notifier.Error(e.Message);
        }
        return Redirect($"/admin/contents/item/{Uri.EscapeDataString(id)}/versions");
    }

    [HttpGet("audit")]
    public async Task<IActionResult> Audit(string id, CancellationToken cancellationToken)
    {
        var versions = await content.ListVersionsAsync(id, cancellationToken);
        if (Current(versions) is not { } current) return NotFound();
        if (!await authorizer.CanAsync(User, "ViewContent", current.ContentType, current)) return Forbid();
        var fields = await definitions.GetFieldsAsync(current.ContentType);
        return View(new ContentAuditViewModel
        {
            Current = current,
            TypeName = await TypeNameAsync(current.ContentType),
            Entries = await auditTrail.ListForItemAsync(id, cancellationToken),
            FieldNames = fields.GroupBy(f => $"{f.PartName}.{f.Field.Name}").ToDictionary(g => g.Key, g => g.First().Field.DisplayName),
        });
    }

    /// <summary>The latest version, or the last one stored when the item was deleted (its history stays readable).</summary>
    private static ContentItem? Current(IReadOnlyList<ContentItem> versions) =>
        versions.Count == 0 ? null : versions.LastOrDefault(v => v.Latest) ?? versions[^1];

    private async Task<string> TypeNameAsync(string type) =>
        await definitions.GetTypeDefinitionAsync(type) is { DisplayName.Length: > 0 } d ? d.DisplayName : type;
}
