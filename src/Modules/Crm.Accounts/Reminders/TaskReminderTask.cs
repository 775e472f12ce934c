using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Notifications;

namespace OrchardCrm.Accounts.Reminders;

/// <summary>
/// Every minute, on one node: notifies the people whose open tasks' reminder time has come, and raises
/// "TaskOverdue" for open tasks whose due time has passed. Both are safe to repeat: a reminder's
/// de-duplication key holds the task and its reminder time (so moving the reminder sends a new one),
/// and an overdue event is claimed in <see cref="TaskOverdueRecord"/> before it is published.
/// </summary>
public sealed class TaskReminderTask(
    IContentQueryFactory queries,
    IContentManager content,
    IRecordStore records,
    IEnabled<IUserNotifier> notifiers,
    ICrmEventBus events,
    UserManager<CrmUser> users,
    IClock clock,
    ILogger<TaskReminderTask> logger) : IBackgroundTask
{
    /// <summary>Reminders older than this are not sent: after a long outage, a week-old "remind me" is noise.</summary>
    public static readonly TimeSpan ReminderWindow = TimeSpan.FromDays(7);

    private const int BatchSize = 100;
    private const string MyTasksUrl = "/admin/tasks/mine";

    private readonly Dictionary<string, string?> _userNames = [];

    public string Name => "Crm.Accounts.TaskReminders";

    public TimeSpan Interval => TimeSpan.FromMinutes(1);

    public BackgroundTaskScope Scope => BackgroundTaskScope.OneNode;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        await SendRemindersAsync(now, cancellationToken);
        await RaiseOverdueAsync(now, cancellationToken);
    }

    private async Task SendRemindersAsync(DateTime now, CancellationToken cancellationToken)
    {
        var senders = notifiers.ToList();
        if (senders.Count == 0) return;
        var ids = await queries.Query(AccountTypes.Task)
            .WhereIndex<TaskIndex>(i => i.IsOpen)
            .Where(FieldFilter.On(nameof(TaskPart), nameof(TaskPart.ReminderUtc)).Between(now - ReminderWindow, now))
            .OrderBy(ContentOrder.CreatedUtc)
            .ListIdsAsync(cancellationToken);

        foreach (var batch in ids.Chunk(BatchSize))
        foreach (var task in await content.GetManyAsync(batch, cancellationToken: cancellationToken))
        {
            var part = task.As<TaskPart>();
            // The index and the document agree, but the document is the truth: re-check before sending.
            if (!part.IsOpen || part.ReminderUtc.Value is not { } reminder || reminder > now) continue;
            var recipient = await RecipientAsync(task, part);
            if (recipient is null)
            {
                logger.LogWarning("Task {TaskId} has a reminder but neither an assignee nor an owner to send it to.", task.ContentItemId);
                continue;
            }
            var notification = new UserNotification(recipient, $"Reminder: {Title(task, part)}")
            {
                Body = part.DueUtc.Value is { } due ? $"Due {AsUtc(due).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC" : null,
                Url = MyTasksUrl,
                Source = "Reminder",
                DeduplicationKey = $"reminder:{task.ContentItemId}:{AsUtc(reminder).ToString("O", CultureInfo.InvariantCulture)}",
            };
            foreach (var sender in senders)
                await sender.NotifyAsync(notification, cancellationToken);
        }
    }

    private async Task RaiseOverdueAsync(DateTime now, CancellationToken cancellationToken)
    {
        var ids = await queries.Query(AccountTypes.Task)
            .WhereIndex<TaskIndex>(i => i.IsOpen && i.DueUtc != null && i.DueUtc <= now)
            .OrderBy(ContentOrder.CreatedUtc)
            .ListIdsAsync(cancellationToken);

        foreach (var batch in ids.Chunk(BatchSize))
        {
            var raised = await records.ListAsync(records.Query<TaskOverdueRecord>().Where(r => batch.Contains(r.TaskId)).Select(r => r.TaskId), cancellationToken);
            var pending = batch.Except(raised).ToList();
            if (pending.Count == 0) continue;
            foreach (var task in await content.GetManyAsync(pending, cancellationToken: cancellationToken))
            {
                var part = task.As<TaskPart>();
                if (!part.IsOpen || part.DueUtc.Value is not { } due || due > now) continue;
                if (!await ClaimAsync(task.ContentItemId, AsUtc(due), now, cancellationToken)) continue;
                var assignee = part.Assignee.UserIds.FirstOrDefault() is { } id ? await UserNameAsync(id) : null;
                await events.PublishAsync(new CrmEvent(TaskOverdueEvent.Name, new Dictionary<string, object?>
                {
                    ["TaskId"] = task.ContentItemId,
                    ["Title"] = Title(task, part),
                    ["Assignee"] = assignee,
                    ["DueUtc"] = AsUtc(due),
                    ["AccountId"] = part.Account.ContentItemIds.FirstOrDefault(),
                }, task.ContentItemId), cancellationToken);
            }
        }
    }

    /// <summary>Records the event as raised; false when another run got there first.</summary>
    private async Task<bool> ClaimAsync(string taskId, DateTime due, DateTime now, CancellationToken cancellationToken)
    {
        try
        {
            await records.AddAsync(new TaskOverdueRecord { TaskId = taskId, DueUtc = due, RaisedUtc = now }, cancellationToken);
            return true;
        }
        // The unique task id refused a second claim (a concurrent run): the row is there, so the event was raised.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (await records.AnyAsync(records.Query<TaskOverdueRecord>().Where(r => r.TaskId == taskId), cancellationToken)) return false;
            throw;
        }
    }

    /// <summary>The assignee, or the owner when nobody is assigned (or the assignee no longer exists).</summary>
    private async Task<string?> RecipientAsync(ContentItem task, TaskPart part)
    {
        if (part.Assignee.UserIds.FirstOrDefault() is { } assigneeId && await UserNameAsync(assigneeId) is { } assignee) return assignee;
        return string.IsNullOrEmpty(task.Owner) ? null : task.Owner;
    }

    private async Task<string?> UserNameAsync(string userId)
    {
        if (!_userNames.TryGetValue(userId, out var name))
            _userNames[userId] = name = (await users.FindByIdAsync(userId))?.UserName;
        return name;
    }

    private static string Title(ContentItem task, TaskPart part) =>
        !string.IsNullOrWhiteSpace(part.Title.Text) ? part.Title.Text : string.IsNullOrWhiteSpace(task.DisplayText) ? "Task" : task.DisplayText;

    // Stored times come back Unspecified on some providers; the key must be the same string on every run.
    private static DateTime AsUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
