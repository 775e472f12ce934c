using OrchardCrm.Security;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.ViewModels;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;

namespace OrchardCrm.Accounts.Controllers;

/// <summary>The account 360 page: key facts, stakeholders, hierarchy, the timeline with quick add, and other modules' cards.</summary>
[Route("admin/accounts")]
public sealed class AccountPagesController(
    IContentManager content,
    IContentQueryFactory queries,
    TimelineService timeline,
    IContentAuthorizer authorizer,
    AccountVisibility visibility,
    IClock clock,
    INotifier notifier,
    IEnabled<IAccountPageSlot> slots,
    AccountHierarchyReader hierarchy,
    QuickAddItems quickAdd) : Controller
{
    private const int TimelinePageSize = 20;
    private const int MaxContacts = 500;

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var account = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (account is null || account.ContentType != AccountTypes.Account) return NotFound();
        if (!await visibility.CanSeeAsync(User, account)) return Forbid();
        return View(await BuildPageAsync(account, new AccountQuickAddForm { Date = Minute(clock.UtcNow) }, null, cancellationToken));
    }

    [HttpGet("{id}/timeline")]
    public async Task<IActionResult> Timeline(string id, string? kind, int page = 1, CancellationToken cancellationToken = default)
    {
        var account = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (account is null || account.ContentType != AccountTypes.Account) return NotFound();
        if (!await visibility.CanSeeAsync(User, account)) return Forbid();
        try
        {
            return PartialView("_Timeline", await TimelineAsync(id, kind, page, cancellationToken));
        }
        catch (AccountOperationException e) when (!e.NotFound)
        {
            return BadRequest(e.Message);
        }
    }

    [HttpPost("{id}/quick-add")]
    public async Task<IActionResult> QuickAdd(string id, AccountQuickAddForm form, CancellationToken cancellationToken)
    {
        var account = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (account is null || account.ContentType != AccountTypes.Account) return NotFound();
        if (!await visibility.CanSeeAsync(User, account)) return Forbid();

        if (form.Kind is not null && !AccountQuickAddForm.Kinds.Contains(form.Kind))
            ModelState.AddModelError(nameof(form.Kind), $"Kind must be one of: {string.Join(", ", AccountQuickAddForm.Kinds)}.");
        string? added = null;
        if (ModelState.IsValid)
        {
            var item = await quickAdd.NewAsync(form.Kind!, DateTime.SpecifyKind(form.Date!.Value, DateTimeKind.Utc), form.Title!.Trim(), id);
            if (!await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, item)) return Forbid();
            var result = await content.CreateAsync(item, publish: true, cancellationToken);
            foreach (var error in result.Errors) ModelState.AddModelError(QuickAddItems.FormField(error.Key), error.Message);
            if (result.Succeeded) added = $"{form.Kind} '{form.Title!.Trim()}' added.";
        }

        // Without htmx (scripts off) the form is an ordinary post: redirect after success, or the page with the messages.
        if (!IsHtmx)
        {
            if (added is null) return View(nameof(Show), await BuildPageAsync(account, form, null, cancellationToken));
            notifier.Success(added);
            return Redirect(PageUrl(id));
        }

        // After an add the form starts blank again; after a refusal it keeps what was typed, beside the messages.
        if (added is not null)
        {
            ModelState.Clear();
            form = new AccountQuickAddForm { Kind = form.Kind, Date = Minute(clock.UtcNow) };
        }
        return PartialView("_ActivitySection", new AccountActivitySectionViewModel(id, form, await TimelineAsync(id, null, 1, cancellationToken), added));
    }

    public static string PageUrl(string id) => "/admin/accounts/" + Uri.EscapeDataString(id);

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    private static DateTime Minute(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, DateTimeKind.Utc);

    private async Task<AccountTimelineViewModel> TimelineAsync(string id, string? kind, int page, CancellationToken cancellationToken)
    {
        kind = string.IsNullOrWhiteSpace(kind) ? null : kind.Trim();
        var found = await timeline.ListAsync(id, kind, Math.Max(page, 1), TimelinePageSize, cancellationToken);
        return new AccountTimelineViewModel(id, kind, found);
    }

    private async Task<AccountPageViewModel> BuildPageAsync(ContentItem item, AccountQuickAddForm form, string? kind, CancellationToken cancellationToken)
    {
        var part = item.As<AccountPart>();
        AccountRef? parent = null;
        if (part.ParentAccount.ContentItemIds.FirstOrDefault() is { } parentId
            && await content.GetAsync(parentId, VersionOptions.Latest, cancellationToken) is { } parentItem)
            parent = new AccountRef(parentItem.ContentItemId, parentItem.DisplayText);

        return new AccountPageViewModel
        {
            Item = item,
            Account = part,
            Parent = parent,
            Stakeholders = await StakeholdersAsync(item.ContentItemId, cancellationToken),
            Activity = new AccountActivitySectionViewModel(item.ContentItemId, form, await TimelineAsync(item.ContentItemId, kind, 1, cancellationToken)),
            Hierarchy = await hierarchy.ReadAsync(item, cancellationToken),
            Slots = [.. slots.OrderBy(s => s.Position).ThenBy(s => s.Title, StringComparer.Ordinal)],
            CanEdit = await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, item),
        };
    }

    /// <summary>The org chart: the account's current people, each under their manager when the manager is there too.</summary>
    private async Task<IReadOnlyList<AccountStakeholder>> StakeholdersAsync(string accountId, CancellationToken cancellationToken)
    {
        var people = (await queries.Query(AccountTypes.Contact)
            .WhereIndex<ContactIndex>(i => i.AccountId == accountId && i.IsCurrent)
            .OrderBy(ContentOrder.DisplayText).ListAsync(1, MaxContacts, cancellationToken)).Items;
        var byId = people.ToDictionary(p => p.ContentItemId, StringComparer.Ordinal);
        var managerOf = people.ToDictionary(p => p.ContentItemId, p => p.As<ContactPart>().ReportsTo.ContentItemIds.FirstOrDefault(), StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);

        AccountStakeholder Node(ContentItem person)
        {
            placed.Add(person.ContentItemId);
            var link = person.As<ContactPart>().Accounts.FirstOrDefault(l => l.AccountId == accountId);
            var reports = people.Where(p => managerOf[p.ContentItemId] == person.ContentItemId && !placed.Contains(p.ContentItemId)).ToList();
            return new AccountStakeholder(person.ContentItemId, person.DisplayText, link?.Title, link?.Role, [.. reports.Select(Node)]);
        }

        var roots = new List<AccountStakeholder>();
        foreach (var person in people.Where(p => managerOf[p.ContentItemId] is not { } m || !byId.ContainsKey(m)))
            roots.Add(Node(person));
        // People in a reporting loop have no root above them: show them at the top rather than lose them.
        foreach (var person in people.Where(p => !placed.Contains(p.ContentItemId)).ToList())
            if (!placed.Contains(person.ContentItemId)) roots.Add(Node(person));
        return roots;
    }
}
