using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.ViewModels;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;

namespace OrchardCrm.Accounts.Controllers;

/// <summary>
/// My tasks: the signed-in user's open tasks (assigned to them, or theirs with no assignee) by due day in
/// UTC, completed in place with htmx, and a short list of what they completed lately.
/// </summary>
[Route("admin/tasks")]
public sealed class MyTasksController(
    IContentManager content,
    IContentQueryFactory queries,
    IPermissionService permissions,
    IContentAuthorizer authorizer,
    UserManager<CrmUser> users,
    IClock clock) : Controller
{
    /// <summary>A person's open tasks are tens, not thousands; the bound keeps a runaway list from loading everything.</summary>
    private const int MaxOpen = 200;
    private const int RecentlyCompletedCount = 10;
    private const string Done = "Done";

    [HttpGet("mine")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken)
    {
        if (!await MayViewOwnTasksAsync()) return Forbid();
        var userId = users.GetUserId(User);
        var userName = User.Identity!.Name!;

        var open = await ListAsync(q => q.WhereIndex<TaskIndex>(i => i.Assignee == userId && i.IsOpen), MaxOpen, cancellationToken);
        open.AddRange(await ListAsync(q => q.OwnedBy(userName).WhereIndex<TaskIndex>(i => i.Assignee == null && i.IsOpen), MaxOpen, cancellationToken));
        var done = await ListAsync(q => q.WhereIndex<TaskIndex>(i => i.Assignee == userId && i.Status == Done).OrderBy(ContentOrder.ModifiedUtc, descending: true), RecentlyCompletedCount, cancellationToken);
        done.AddRange(await ListAsync(q => q.OwnedBy(userName).WhereIndex<TaskIndex>(i => i.Assignee == null && i.Status == Done).OrderBy(ContentOrder.ModifiedUtc, descending: true), RecentlyCompletedCount, cancellationToken));

        var accountNames = await AccountNamesAsync(open.Concat(done), cancellationToken);
        var model = new MyTasksViewModel();
        var today = clock.UtcNow.Date;
        foreach (var task in open.DistinctBy(t => t.ContentItemId).Select(t => Row(t, accountNames)).OrderBy(r => r.DueUtc ?? DateTime.MaxValue).ThenBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase))
        {
            if (task.DueUtc is { } due && due < today) model.Overdue.Add(task);
            else if (task.DueUtc is { } dueToday && dueToday.Date == today) model.Today.Add(task);
            else model.Upcoming.Add(task);
        }
        model.RecentlyCompleted.AddRange(done.DistinctBy(t => t.ContentItemId).Select(t => Row(t, accountNames))
            .OrderByDescending(r => r.CompletedUtc ?? DateTime.MinValue).Take(RecentlyCompletedCount));
        return View(model);
    }

    /// <summary>Marks the task done; answers the row as it now is (htmx swaps it in place of the open one).</summary>
    [HttpPost("{id}/complete")]
    public async Task<IActionResult> Complete(string id, CancellationToken cancellationToken)
    {
        var task = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (task is null || task.ContentType != AccountTypes.Task) return NotFound();
        if (!await MayCompleteAsync(task)) return Forbid();

        var part = task.As<TaskPart>();
        if (part.IsOpen)
        {
            part.Status.Values = [Done];
            part.CompletedUtc.Value = clock.UtcNow;
            task.Apply(part);
            try
            {
                await content.SaveAsync(task, cancellationToken);
            }
            catch (ContentConflictException)
            {
                return Conflict("Someone changed this task meanwhile. Reload the page and try again.");
            }
            catch (AccountOperationException e)
            {
                return BadRequest(e.Message);
            }
        }
        var saved = (await content.GetAsync(id, VersionOptions.Latest, cancellationToken))!;
        return PartialView("_TaskRow", Row(saved, await AccountNamesAsync([saved], cancellationToken)));
    }

    /// <summary>The type's view permission, or its "own" variant (which every broader one implies).</summary>
    private async Task<bool> MayViewOwnTasksAsync()
    {
        var name = ContentTypePermissionNames.For("ViewOwnContent", AccountTypes.Task);
        return await permissions.IsGrantedAsync(User, await permissions.FindAsync(name) ?? new Permission(name, name));
    }

    /// <summary>Whoever may edit the task, and also its assignee (or its owner when nobody is assigned): completing one's own work needs no edit right.</summary>
    private async Task<bool> MayCompleteAsync(ContentItem task)
    {
        if (await authorizer.CanAsync(User, ContentTypePermissionNames.Edit, task)) return true;
        var part = task.As<TaskPart>();
        var userId = users.GetUserId(User);
        var mine = (userId is not null && part.Assignee.UserIds.Contains(userId))
            || (part.Assignee.UserIds.Length == 0 && string.Equals(task.Owner, User.Identity?.Name, StringComparison.OrdinalIgnoreCase));
        return mine && await MayViewOwnTasksAsync();
    }

    private async Task<List<ContentItem>> ListAsync(Func<IContentQuery, IContentQuery> filter, int count, CancellationToken cancellationToken) =>
        [.. (await filter(queries.Query(AccountTypes.Task).Latest()).ListAsync(1, count, cancellationToken)).Items];

    private async Task<Dictionary<string, string>> AccountNamesAsync(IEnumerable<ContentItem> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.SelectMany(t => t.As<TaskPart>().Account.ContentItemIds).Distinct().ToList();
        if (ids.Count == 0) return [];
        var accounts = await content.GetManyAsync(ids, VersionOptions.Latest, cancellationToken);
        return accounts.ToDictionary(a => a.ContentItemId, a => a.DisplayText);
    }

    private static MyTaskRow Row(ContentItem task, Dictionary<string, string> accountNames)
    {
        var part = task.As<TaskPart>();
        var accountId = part.Account.ContentItemIds.FirstOrDefault();
        var title = string.IsNullOrWhiteSpace(part.Title.Text) ? task.DisplayText : part.Title.Text;
        return new MyTaskRow(task.ContentItemId, title, part.DueUtc.Value, part.Priority.Values.FirstOrDefault(), part.Status.Values.FirstOrDefault(),
            accountId, accountId is not null && accountNames.TryGetValue(accountId, out var name) ? name : null, part.CompletedUtc.Value, part.IsOpen);
    }
}
