using OrchardCrm.Common;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.Services;

/// <param name="Kind">An activity kind ("Call", "Note"...), <see cref="TimelineKinds.Task"/> or <see cref="TimelineKinds.Change"/>.</param>
/// <param name="Who">Who did it: the activity's or task's owner, or the user who saved the change.</param>
/// <param name="RelatedItemId">The activity, task, account or contact the entry is about.</param>
public sealed record TimelineEntry(string Kind, DateTime When, string Title, string? Who, string RelatedItemId);

public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}

public static class TimelineKinds
{
    public const string Task = "Task";
    /// <summary>A saved change of the account or of one of its contacts (from the audit trail).</summary>
    public const string Change = "Change";

    public static readonly IReadOnlyList<string> All = [.. ActivityKinds.All, Task, Change];
}

/// <summary>
/// One timeline of an account: its activities and those of its people, its tasks, and the saved changes
/// of the account and its contacts, newest first, optionally of one kind, one page at a time.
/// Each source is read newest first only as far as the page needs, then the sources are merged.
/// </summary>
public sealed class TimelineService(IContentManager content, IContentQueryFactory queries, IAuditTrail auditTrail, IClock clock)
{
    public const int MaxPageSize = 100;

    /// <summary>How far back the merged sources are read: past this many entries, pages are empty.</summary>
    private const int MaxDepth = 2000;

    private const int MaxContacts = 500;

    /// <summary>
    /// The saved changes are counted after reading (only those a person would notice are shown), so all are read:
    /// this bound only keeps a pathological trail from being loaded without end.
    /// </summary>
    private const int MaxChangesRead = 50_000;

    public async Task<TimelinePage> ListAsync(string accountId, string? kind = null, int page = 1, int pageSize = 20, CancellationToken cancellationToken = default)
    {
        if (page < 1) throw new AccountOperationException("page", "The page must be 1 or more.");
        if (pageSize < 1 || pageSize > MaxPageSize) throw new AccountOperationException("pageSize", $"The page size must be between 1 and {MaxPageSize}.");
        kind = string.IsNullOrWhiteSpace(kind) ? null : TimelineKinds.All.FirstOrDefault(k => string.Equals(k, kind.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new AccountOperationException("kind", $"Unknown kind '{kind}'; use one of: {string.Join(", ", TimelineKinds.All)}.");
        var account = await content.GetAsync(accountId, VersionOptions.Latest, cancellationToken);
        if (account is null || account.ContentType != AccountTypes.Account)
            throw new AccountOperationException("id", $"There is no account '{accountId}'.", notFound: true);

        var depth = Math.Min(page * pageSize, MaxDepth);
        var contacts = (await queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(i => i.AccountId == accountId)
            .OrderBy(ContentOrder.DisplayText).ListAsync(1, MaxContacts, cancellationToken)).Items;
        var contactIds = contacts.Select(c => c.ContentItemId).ToList();

        var entries = new List<TimelineEntry>();
        var total = 0;
        if (kind is null || ActivityKinds.All.Contains(kind))
        {
            var activities = queries.Query(AccountTypes.Activity)
                .WhereIndex<ActivityIndex>(i => i.AccountId == accountId || (i.ContactId != null && contactIds.Contains(i.ContactId)));
            if (kind is not null) activities.WhereIndex<ActivityIndex>(i => i.Kind == kind);
            var found = await activities.OrderByField(nameof(ActivityPart), nameof(ActivityPart.OccurredUtc), descending: true)
                .ListAsync(1, depth, cancellationToken);
            total += found.TotalCount;
            entries.AddRange(found.Items.Select(FromActivity));
        }
        if (kind is null or TimelineKinds.Task)
        {
            // A task's place depends on its state (see TaskMoment), which SQL cannot sort by: an account's
            // tasks are few enough to read up to the depth bound and place in memory.
            var found = await queries.Query(AccountTypes.Task).Where(AccountFields.Task(nameof(TaskPart.Account)).Equal(accountId))
                .OrderBy(ContentOrder.CreatedUtc, descending: true).ListAsync(1, MaxDepth, cancellationToken);
            total += found.TotalCount;
            var now = clock.UtcNow;
            entries.AddRange(found.Items.Select(t => FromTask(t, now)));
        }
        if (kind is null or TimelineKinds.Change)
        {
            // One read for the account and all its people (rather than one per person).
            var items = contacts.Prepend(account).ToDictionary(i => i.ContentItemId, StringComparer.Ordinal);
            var trail = await auditTrail.ListForItemsAsync(items.Keys, MaxChangesRead, cancellationToken);
            var changes = trail.Where(Shown).Select(e => FromAudit(e, items[e.ContentItemId])).ToList();
            total += changes.Count;
            entries.AddRange(changes);
        }

        var ordered = entries.OrderByDescending(e => e.When).ThenBy(e => e.RelatedItemId, StringComparer.Ordinal)
            .Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return new TimelinePage(ordered, total, page, pageSize);
    }

    private static TimelineEntry FromActivity(ContentItem item)
    {
        var part = item.As<ActivityPart>();
        return new TimelineEntry(part.Kind.Values.FirstOrDefault() ?? "Activity", part.OccurredUtc.Value ?? item.CreatedUtc ?? DateTime.MinValue,
            item.DisplayText, item.Owner ?? item.Author, item.ContentItemId);
    }

    private static TimelineEntry FromTask(ContentItem item, DateTime now)
    {
        var part = item.As<TaskPart>();
        var status = part.Status.Values.FirstOrDefault() ?? "Open";
        var due = part.DueUtc.Value is { } d ? $", due {d:yyyy-MM-dd}" : "";
        return new TimelineEntry(TimelineKinds.Task, TaskMoment(item, part, now), $"{item.DisplayText} ({status}{due})", item.Owner, item.ContentItemId);
    }

    /// <summary>
    /// Where a task sits in the history: a finished task when it was finished, an overdue one when it fell
    /// due (so it stays among the events it is late against), and one not yet due when it was set.
    /// </summary>
    private static DateTime TaskMoment(ContentItem item, TaskPart part, DateTime now) =>
        !part.IsOpen && part.CompletedUtc.Value is { } completed ? completed
        : part.IsOpen && part.DueUtc.Value is { } dueUtc && dueUtc <= now ? dueUtc
        : item.CreatedUtc ?? DateTime.MinValue;

    /// <summary>Saves that changed nothing visible (the publish after an update, say) would only repeat the entry before them.</summary>
    private static bool Shown(AuditTrailEntry entry) =>
        entry.Changes.Count > 0 || entry.EventName is "Created" or "Removed" or "Restored" || !string.IsNullOrEmpty(entry.Comment);

    private static TimelineEntry FromAudit(AuditTrailEntry entry, ContentItem item)
    {
        var fields = entry.Changes.Count == 0 ? "" : ": " + string.Join(", ", entry.Changes.Select(c => c.Field[(c.Field.IndexOf('.') + 1)..]));
        var comment = string.IsNullOrEmpty(entry.Comment) ? "" : $" — {entry.Comment}";
        return new TimelineEntry(TimelineKinds.Change, entry.CreatedUtc, $"{entry.EventName} {item.ContentType.ToLowerInvariant()} {item.DisplayText}{fields}{comment}",
            entry.UserName, item.ContentItemId);
    }
}
