using OrchardCrm.Security;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.ViewModels;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.Controllers;

/// <summary>The contact page: who the person is, where they work, how to reach them, and their activities.</summary>
[Route("admin/contacts")]
public sealed class ContactPagesController(IContentManager content, IContentQueryFactory queries, IContentAuthorizer authorizer) : Controller
{
    private const int ActivitiesPageSize = 20;

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, int page = 1, CancellationToken cancellationToken = default)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || item.ContentType != AccountTypes.Contact) return NotFound();
        if (!await authorizer.CanAsync(User, ContentTypePermissionNames.View, item)) return Forbid();
        var contact = item.As<ContactPart>();

        var accountIds = contact.Accounts.Select(l => l.AccountId).Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList();
        var accounts = accountIds.Count == 0 ? [] : await content.GetManyAsync(accountIds, VersionOptions.Latest, cancellationToken);
        var names = accounts.ToDictionary(a => a.ContentItemId, a => a.DisplayText, StringComparer.Ordinal);

        AccountRef? reportsTo = null;
        if (contact.ReportsTo.ContentItemIds.FirstOrDefault() is { } managerId && await content.GetAsync(managerId, VersionOptions.Latest, cancellationToken) is { } manager)
            reportsTo = new AccountRef(manager.ContentItemId, manager.DisplayText);

        var reports = (await queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(i => i.ReportsToId == id)
            .OrderBy(ContentOrder.DisplayText).ListAsync(1, 200, cancellationToken)).Items;
        var activities = await queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(i => i.ContactId == id)
            .OrderByField(nameof(ActivityPart), nameof(ActivityPart.OccurredUtc), descending: true)
            .ListAsync(Math.Max(page, 1), ActivitiesPageSize, cancellationToken);

        return View(new ContactPageViewModel
        {
            Item = item,
            Contact = contact,
            Accounts = [.. contact.Accounts.Select(l => new ContactAccountRow(l, names.GetValueOrDefault(l.AccountId)))],
            ReportsTo = reportsTo,
            DirectReports = [.. reports.Select(r => new AccountRef(r.ContentItemId, r.DisplayText))],
            Activities = activities,
            CanEdit = await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, item),
        });
    }
}
