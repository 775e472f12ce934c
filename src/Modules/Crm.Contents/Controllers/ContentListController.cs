using Microsoft.AspNetCore.Mvc;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Contents.Editors;
using OrchardCrm.Contents.Security;
using OrchardCrm.Contents.ViewModels;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.Contents.Controllers;

/// <summary>The listable content types, and the list of each with search, filter, sort, paging and bulk actions.</summary>
[Route("admin/contents")]
public sealed class ContentListController(
    IContentDefinitionManager definitions,
    IContentQueryFactory queries,
    IContentManager content,
    ContentAuthorizer authorizer,
    FieldEditorRegistry editors,
    INotifier notifier) : Controller
{
    private const int PageSize = 20;
    private const int MaxColumns = 3;

    /// <summary>Kinds short enough to be a column of the list.</summary>
    private static readonly HashSet<string> ColumnKinds =
    [
        FieldKinds.Text, FieldKinds.Numeric, FieldKinds.Money, FieldKinds.Date, FieldKinds.DateTime, FieldKinds.Boolean,
        FieldKinds.Options, FieldKinds.Email, FieldKinds.Phone, FieldKinds.Tags,
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var summaries = new List<ContentTypeSummary>();
        foreach (var type in (await definitions.ListTypeDefinitionsAsync()).Where(t => t.TypeSettings.Listable))
        {
            if (!await authorizer.CanAsync(User, "ViewContent", type.Name)) continue;
            var query = queries.Query(type.Name).Latest();
            if (await authorizer.IsLimitedToOwnAsync(User, "ViewContent", type.Name)) query.OwnedBy(User.Identity!.Name!);
            var canCreate = type.TypeSettings.Creatable && await authorizer.CanAsync(User, "EditContent", type.Name);
            summaries.Add(new ContentTypeSummary(type, await query.CountAsync(cancellationToken), canCreate));
        }
        return View(summaries.OrderBy(s => s.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList());
    }

    [HttpGet("{type}")]
    public async Task<IActionResult> List(string type, [FromQuery] ContentListFilter filter, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null || !definition.TypeSettings.Listable) return NotFound();
        if (!await authorizer.CanAsync(User, "ViewContent", type)) return Forbid();

        var fields = await definitions.GetFieldsAsync(type);
        var onlyOwn = await authorizer.IsLimitedToOwnAsync(User, "ViewContent", type);
        filter.Page = Math.Max(filter.Page, 1);
        var query = queries.Query(type).Latest();
        if (onlyOwn) query.OwnedBy(User.Identity!.Name!);
        var error = ListFilterQuery.Apply(query, filter, fields);

        ContentQueryResult result;
        try
        {
            result = error is null ? await query.ListAsync(filter.Page, PageSize, cancellationToken) : new ContentQueryResult([], 0, 1, PageSize);
        }
        catch (ContentQueryException e)
        {
            error = e.Message;
            result = new ContentQueryResult([], 0, 1, PageSize);
        }

        var columns = fields.Where(f => ColumnKinds.Contains(f.Field.FieldKind) && !(f.Field.FieldKind == FieldKinds.Text && f.Field.FieldSettings.Editor == "TextArea"))
            .Take(MaxColumns).ToList();
        var live = (await content.GetManyAsync(result.Items.Select(i => i.ContentItemId), VersionOptions.Published, cancellationToken))
            .Select(i => i.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var rows = new List<ContentListRow>();
        foreach (var item in result.Items)
        {
            var values = new List<string>();
            foreach (var column in columns)
                values.Add(await editors.For(column.Field.FieldKind).DisplayAsync(item.GetField(column.PartName, column.Field.Name), cancellationToken));
            rows.Add(new ContentListRow(item, live.Contains(item.ContentItemId), values));
        }

        return View(new ContentListViewModel
        {
            Type = definition,
            Filter = filter,
            Fields = fields,
            Columns = columns,
            Rows = rows,
            TotalCount = result.TotalCount,
            PageCount = result.PageCount,
            FilterError = error,
            CanCreate = definition.TypeSettings.Creatable && await authorizer.CanAsync(User, "EditContent", type),
            CanPublish = await authorizer.CanAsync(User, "PublishContent", type),
            CanDelete = await authorizer.CanAsync(User, "DeleteContent", type),
            OnlyOwn = onlyOwn,
        });
    }

    /// <summary>Publishes, unpublishes or deletes the checked items, each only if the user may.</summary>
    [HttpPost("{type}/bulk")]
    public async Task<IActionResult> Bulk(string type, [FromForm] string bulkAction, [FromForm] string[] ids, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetTypeDefinitionAsync(type);
        if (definition is null) return NotFound();
        var back = Url.IsLocalUrl(returnUrl) ? returnUrl! : $"/admin/contents/{Uri.EscapeDataString(type)}";
        var template = bulkAction switch { "publish" or "unpublish" => "PublishContent", "delete" => "DeleteContent", _ => null };
        if (template is null) return BadRequest($"'{bulkAction}' is not a bulk action; use publish, unpublish or delete.");
        if (ids.Length == 0)
        {
            notifier.Warning("Select the items first.");
            return LocalRedirect(back);
        }

        int done = 0, refused = 0;
        var invalid = new List<string>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null || item.ContentType != type) continue;
            if (!await authorizer.CanAsync(User, template, type, item)) { refused++; continue; }
            switch (bulkAction)
            {
                case "publish":
                    var result = await content.PublishAsync(item, cancellationToken);
                    if (result.Succeeded) done++;
                    else invalid.Add($"'{item.DisplayText}': {result}");
                    break;
                case "unpublish":
                    await content.UnpublishAsync(item, cancellationToken);
                    done++;
                    break;
                default:
                    await content.RemoveAsync(item, cancellationToken);
                    done++;
                    break;
            }
        }

        var verb = bulkAction switch { "publish" => "published", "unpublish" => "unpublished", _ => "deleted" };
        if (done > 0) notifier.Success(done == 1 ? $"1 item {verb}." : $"{done} items {verb}.");
        if (refused > 0) notifier.Error($"{refused} item(s) not {verb}: you may not do that to them.");
        foreach (var message in invalid) notifier.Error($"Not published, {message}");
        return LocalRedirect(back);
    }
}
