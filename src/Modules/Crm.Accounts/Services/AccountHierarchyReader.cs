using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.ViewModels;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.Services;

/// <summary>
/// An account's parents, children and the counts rolled up over each child's subtree. The query count
/// does not grow with the number of children: the subtree is read level by level from the account index,
/// then contacts, open tasks and recent activities of the whole subtree are read once each and summed
/// per child in memory. Activities logged against a contact only count for that contact's accounts.
/// </summary>
public sealed class AccountHierarchyReader(IContentManager content, IContentQueryFactory queries, IClock clock)
{
    public const int MaxDepth = 10;

    public async Task<AccountHierarchyViewModel> ReadAsync(ContentItem account, CancellationToken cancellationToken = default)
    {
        var parents = await ParentsAsync(account, cancellationToken);
        var parentOf = await DescendantsAsync(account.ContentItemId, cancellationToken);
        var children = await content.GetManyAsync(parentOf.Where(p => p.Value == account.ContentItemId).Select(p => p.Key), cancellationToken: cancellationToken);

        var subtree = parentOf.Keys.Append(account.ContentItemId).ToList();
        var facts = await SubtreeFactsAsync(subtree, cancellationToken);
        var rows = children
            .OrderBy(c => c.DisplayText, StringComparer.OrdinalIgnoreCase)
            .Select(c => new AccountChildRow(new AccountRef(c.ContentItemId, c.DisplayText), facts.Rollup(SubtreeOf(c.ContentItemId, parentOf))))
            .ToList();
        return new AccountHierarchyViewModel(parents, rows, facts.Rollup([.. subtree]));
    }

    private async Task<List<AccountRef>> ParentsAsync(ContentItem account, CancellationToken cancellationToken)
    {
        var parents = new List<AccountRef>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { account.ContentItemId };
        var current = account;
        while (parents.Count < MaxDepth && current.As<AccountPart>().ParentAccount.ContentItemIds.FirstOrDefault() is { } parentId && seen.Add(parentId))
        {
            current = await content.GetAsync(parentId, VersionOptions.Latest, cancellationToken);
            if (current is null) break;
            parents.Insert(0, new AccountRef(current.ContentItemId, current.DisplayText));
        }
        return parents;
    }

    /// <summary>Every account below the root, each with its parent; a cycle or a very deep tree stops at <see cref="MaxDepth"/>.</summary>
    private async Task<Dictionary<string, string>> DescendantsAsync(string rootId, CancellationToken cancellationToken)
    {
        var parentOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var level = new List<string?> { rootId };
        for (var depth = 0; depth < MaxDepth && level.Count > 0; depth++)
        {
            var ids = level;
            var rows = await queries.Query(AccountTypes.Account)
                .WhereIndex<AccountIndex>(i => ids.Contains(i.ParentAccountId))
                .SelectIndexAsync<AccountIndex, AccountLink>(i => new AccountLink(i.ContentItemId, i.ParentAccountId), cancellationToken);
            level = [];
            foreach (var row in rows)
                if (row.ParentId is not null && row.Id != rootId && parentOf.TryAdd(row.Id, row.ParentId)) level.Add(row.Id);
        }
        return parentOf;
    }

    private static HashSet<string> SubtreeOf(string rootId, Dictionary<string, string> parentOf)
    {
        var members = new HashSet<string>(StringComparer.Ordinal) { rootId };
        foreach (var id in parentOf.Keys)
        {
            // Walk up from each account; the walk is bounded because parentOf holds no cycle through the root.
            var current = id;
            for (var steps = 0; steps <= MaxDepth && parentOf.TryGetValue(current, out var parent); steps++)
            {
                if (parent == rootId) { members.Add(id); break; }
                current = parent;
            }
        }
        return members;
    }

    private async Task<SubtreeFacts> SubtreeFactsAsync(List<string> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Cast<string?>().ToList();
        var since = clock.UtcNow.AddDays(-AccountHierarchyViewModel.RecentDays);
        var contacts = await queries.Query(AccountTypes.Contact)
            .WhereIndex<ContactIndex>(i => ids.Contains(i.AccountId) && i.IsCurrent)
            .SelectIndexAsync<ContactIndex, Link>(i => new Link(i.ContentItemId, i.AccountId, null), cancellationToken);
        var tasks = await queries.Query(AccountTypes.Task)
            .WhereIndex<TaskIndex>(i => ids.Contains(i.AccountId) && i.IsOpen)
            .SelectIndexAsync<TaskIndex, Link>(i => new Link(i.ContentItemId, i.AccountId, null), cancellationToken);
        var contactIds = contacts.Select(c => (string?)c.ItemId).Distinct().ToList();
        var activities = await queries.Query(AccountTypes.Activity)
            .WhereIndex<ActivityIndex>(i => i.OccurredUtc >= since && (ids.Contains(i.AccountId) || (i.AccountId == null && contactIds.Contains(i.ContactId))))
            .SelectIndexAsync<ActivityIndex, Link>(i => new Link(i.ContentItemId, i.AccountId, i.ContactId), cancellationToken);
        return new SubtreeFacts(contacts, tasks, activities);
    }

    private sealed record AccountLink(string Id, string? ParentId);

    /// <summary>An index row: the item, its account, and (activities) its contact.</summary>
    private sealed record Link(string ItemId, string? AccountId, string? ContactId);

    private sealed class SubtreeFacts(IReadOnlyList<Link> contacts, IReadOnlyList<Link> tasks, IReadOnlyList<Link> activities)
    {
        public AccountRollup Rollup(HashSet<string> accounts)
        {
            // Counts are of items, so a person linked to two accounts of the subtree counts once.
            var people = contacts.Where(c => In(accounts, c.AccountId)).Select(c => c.ItemId).ToHashSet(StringComparer.Ordinal);
            var openTasks = tasks.Where(t => In(accounts, t.AccountId)).Select(t => t.ItemId).Distinct().Count();
            var recent = activities
                .Where(a => In(accounts, a.AccountId) || (a.AccountId is null && a.ContactId is not null && people.Contains(a.ContactId)))
                .Select(a => a.ItemId).Distinct().Count();
            return new AccountRollup(accounts.Count, people.Count, openTasks, recent);
        }

        private static bool In(HashSet<string> accounts, string? id) => id is not null && accounts.Contains(id);
    }
}
