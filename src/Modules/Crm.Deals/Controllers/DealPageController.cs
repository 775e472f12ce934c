using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Deals.ViewModels;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;

namespace OrchardCrm.Deals.Controllers;

/// <summary>
/// The deal page: header, buying committee (with its gaps, members added, changed and removed in place),
/// line items, activities and tasks of the deal with quick add, stage history, and other modules' cards.
/// </summary>
[Route("admin/deals")]
[Authorize(Policy = DealPolicies.ViewDeals)]
public sealed class DealPageController(
    IContentManager content,
    IContentQueryFactory queries,
    IDealAuthorizer authorizer,
    IDealBoardQuery board,
    IDealQueries dealQueries,
    ICommitteeAnalyzer committee,
    IPipelineService pipelines,
    IDealSettingsService settings,
    IClock clock,
    INotifier notifier,
    IEnabled<IDealPageSlot> slots,
    QuickAddItems quickAdd) : Controller
{
    private const int MaxActivities = 50;
    private const int MaxTasks = 50;
    private const int MaxContacts = 500;

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await FindAsync(id, edit: false, cancellationToken);
        if (refusal is not null) return refusal;
        return View(await BuildAsync(deal!, null, null, null, cancellationToken));
    }

    [HttpPost("{id}/quick-add")]
    public async Task<IActionResult> QuickAdd(string id, [Bind(Prefix = "QuickAdd")] DealQuickAddForm form, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await FindAsync(id, edit: true, cancellationToken);
        if (refusal is not null) return refusal;
        if (form.Kind is not null && !DealQuickAddForm.Kinds.Contains(form.Kind))
            ModelState.AddModelError("QuickAdd.Kind", $"Kind must be one of: {string.Join(", ", DealQuickAddForm.Kinds)}.");
        if (!ModelState.IsValid) return View(nameof(Show), await BuildAsync(deal!, form, null, null, cancellationToken));

        var item = await quickAdd.NewAsync(form.Kind!, DateTime.SpecifyKind(form.Date!.Value, DateTimeKind.Utc), form.Title!.Trim(),
            deal!.As<DealPart>().Account.ContentItemIds.FirstOrDefault(), deal.ContentItemId);
        var result = await content.CreateAsync(item, publish: true, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("QuickAdd." + QuickAddItems.FormField(error.Key), error.Message);
            return View(nameof(Show), await BuildAsync(deal!, form, null, null, cancellationToken));
        }
        notifier.Success($"{form.Kind} '{form.Title!.Trim()}' added.");
        return Redirect(PageUrl(id) + "#deal-activities");
    }

    /// <summary>Adds a member, or changes the member with the same contact.</summary>
    [HttpPost("{id}/committee")]
    public async Task<IActionResult> SaveMember(string id, [Bind(Prefix = "Member")] CommitteeMemberForm form, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await FindAsync(id, edit: true, cancellationToken);
        if (refusal is not null) return refusal;
        if (!ModelState.IsValid) return View(nameof(Show), await BuildAsync(deal!, null, form, null, cancellationToken));

        var member = new CommitteeMember(form.ContactId!, form.Role!, form.Influence, form.Sentiment, form.IsPrimary);
        deal!.Alter<CommitteePart>(c =>
        {
            var members = c.Members.Where(m => m.ContactId != member.ContactId).ToList();
            // At most one primary: choosing a new one demotes the previous one.
            if (member.IsPrimary) members = [.. members.Select(m => m with { IsPrimary = false })];
            var at = c.Members.FindIndex(m => m.ContactId == member.ContactId);
            members.Insert(at < 0 ? members.Count : Math.Min(at, members.Count), member);
            c.Members = members;
        });
        var errors = await SaveAsync(deal, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (key, message) in errors) ModelState.AddModelError("Member." + MemberField(key), message);
            var fresh = await content.GetAsync(id, VersionOptions.Latest, cancellationToken) ?? deal;
            return View(nameof(Show), await BuildAsync(fresh, null, form, null, cancellationToken));
        }
        notifier.Success("Committee updated.");
        return Redirect(PageUrl(id) + "#deal-committee");
    }

    [HttpPost("{id}/committee/{contactId}/remove")]
    public async Task<IActionResult> RemoveMember(string id, string contactId, CancellationToken cancellationToken)
    {
        var (deal, refusal) = await FindAsync(id, edit: true, cancellationToken);
        if (refusal is not null) return refusal;
        deal!.Alter<CommitteePart>(c => c.Members = [.. c.Members.Where(m => m.ContactId != contactId)]);
        var errors = await SaveAsync(deal, cancellationToken);
        if (errors.Count > 0) notifier.Error(string.Join(" ", errors.Select(e => e.Message)));
        else notifier.Success("Member removed from the committee.");
        return Redirect(PageUrl(id) + "#deal-committee");
    }

    public static string PageUrl(string id) => "/admin/deals/" + Uri.EscapeDataString(id);

    private async Task<(ContentItem? Deal, IActionResult? Refusal)> FindAsync(string id, bool edit, CancellationToken cancellationToken)
    {
        var deal = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (deal is null || deal.ContentType != DealTypes.Deal) return (null, NotFound());
        var allowed = edit ? await authorizer.CanEditAsync(User, deal, cancellationToken) : await authorizer.CanViewAsync(User, deal, cancellationToken);
        return allowed ? (deal, null) : (null, Forbid());
    }

    /// <summary>Saves and keeps a published deal published; returns the refusals (key, message).</summary>
    private async Task<List<(string Key, string Message)>> SaveAsync(ContentItem deal, CancellationToken cancellationToken)
    {
        try
        {
            var wasPublished = deal.Published;
            var result = await content.UpdateAsync(deal, cancellationToken);
            if (result.Succeeded && wasPublished && !deal.Published) result = await content.PublishAsync(deal, cancellationToken);
            return [.. result.Errors.Select(e => (e.Key, e.Message))];
        }
        catch (ContentConflictException)
        {
            return [("", "Someone else changed this deal meanwhile; reload the page and try again.")];
        }
    }

    /// <summary>"CommitteePart.Members[2].Role" → "Role": the message shows beside the form's field.</summary>
    private static string MemberField(string key)
    {
        var last = key[(key.LastIndexOf('.') + 1)..];
        return last is nameof(CommitteeMemberForm.ContactId) or nameof(CommitteeMemberForm.Role) or nameof(CommitteeMemberForm.Influence)
            or nameof(CommitteeMemberForm.Sentiment) or nameof(CommitteeMemberForm.IsPrimary) ? last : "";
    }

    private async Task<DealPageViewModel> BuildAsync(ContentItem item, DealQuickAddForm? quickAdd, CommitteeMemberForm? member, string? added, CancellationToken cancellationToken)
    {
        var part = item.As<DealPart>();
        var id = item.ContentItemId;
        var pipeline = part.PipelineId is null ? await pipelines.GetDefaultAsync(cancellationToken) : await pipelines.GetAsync(part.PipelineId, cancellationToken);
        var accountId = part.Account.ContentItemIds.FirstOrDefault();
        var account = accountId is null ? null : await content.GetAsync(accountId, VersionOptions.Latest, cancellationToken);
        var analysis = await committee.AnalyzeAsync(item, cancellationToken);

        var people = accountId is null ? [] : (await queries.Query(AccountTypes.Contact)
            .WhereIndex<ContactIndex>(i => i.AccountId == accountId && i.IsCurrent)
            .OrderBy(ContentOrder.DisplayText).ListAsync(1, MaxContacts, cancellationToken)).Items;
        var names = people.ToDictionary(p => p.ContentItemId, p => p.DisplayText, StringComparer.Ordinal);
        var missing = analysis.Members.Select(m => m.ContactId).Where(c => !names.ContainsKey(c)).Distinct().ToList();
        if (missing.Count > 0)
            foreach (var former in await content.GetManyAsync(missing, VersionOptions.Latest, cancellationToken))
                names[former.ContentItemId] = former.DisplayText;

        var activities = (await queries.Query(AccountTypes.Activity)
            .WhereIndex<DealActivityIndex>(i => i.DealId == id)
            .OrderByIndex<DealActivityIndex, DateTime?>(i => i.OccurredUtc, descending: true)
            .ListAsync(1, MaxActivities, cancellationToken)).Items
            .Select(a =>
            {
                var activity = a.As<ActivityPart>();
                return new DealActivityRow(a.ContentItemId, activity.Kind.Values.FirstOrDefault() ?? "Activity", activity.OccurredUtc.Value,
                    string.IsNullOrWhiteSpace(activity.Outcome.Text) ? a.DisplayText : activity.Outcome.Text, a.Owner);
            }).ToList();
        var tasks = (await queries.Query(AccountTypes.Task)
            .Where(FieldFilter.On(nameof(TaskPart), nameof(TaskPart.Deal)).Equal(id))
            .ListAsync(1, MaxTasks, cancellationToken)).Items
            .Select(t =>
            {
                var task = t.As<TaskPart>();
                return new DealTaskRow(t.ContentItemId, task.Title.Text ?? t.DisplayText, task.DueUtc.Value, task.Status.Values.FirstOrDefault() ?? "Open", task.IsOpen);
            })
            .OrderBy(t => !t.IsOpen).ThenBy(t => t.DueUtc ?? DateTime.MaxValue).ToList();

        var now = clock.UtcNow;
        var history = await dealQueries.GetHistoryAsync(id, cancellationToken);
        var deals = await settings.GetAsync(cancellationToken);
        return new DealPageViewModel
        {
            Item = item,
            Deal = part,
            Card = await board.GetCardAsync(id, cancellationToken),
            Pipeline = pipeline,
            Stage = pipeline?.FindStage(part.StageId),
            AccountName = account?.DisplayText,
            Committee = analysis,
            ContactNames = names,
            AccountContacts = [.. people.Select(p => (p.ContentItemId, p.DisplayText))],
            CommitteeRoles = deals.CommitteeRoles,
            Activities = activities,
            Tasks = tasks,
            History = HistoryRows(history, now),
            TimeInStages = await dealQueries.GetTimeInStagesAsync(id, cancellationToken),
            Slots = [.. slots.OrderBy(s => s.Position).ThenBy(s => s.Title, StringComparer.Ordinal)],
            QuickAdd = quickAdd ?? new DealQuickAddForm { Date = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Utc) },
            MemberForm = member ?? new CommitteeMemberForm(),
            Added = added,
            CanEdit = await authorizer.CanEditAsync(User, item, cancellationToken),
            NowUtc = now,
        };
    }

    /// <summary>Newest first; a row that entered a stage shows how long the deal stayed there (until the next stage change, or now).</summary>
    private static List<DealHistoryRow> HistoryRows(IReadOnlyList<DealHistoryEntry> history, DateTime now)
    {
        var rows = new List<DealHistoryRow>();
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            TimeSpan? inStage = null;
            if (entry.FromStageId != entry.ToStageId || entry.FromStageId is null)
            {
                var next = history.Skip(i + 1).FirstOrDefault(h => h.FromStageId != h.ToStageId);
                inStage = (next?.ChangedUtc ?? now) - entry.ChangedUtc;
            }
            rows.Add(new DealHistoryRow(entry, inStage));
        }
        rows.Reverse();
        return rows;
    }
}
