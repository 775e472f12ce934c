using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Workflows.Activities.Events;
using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows.Services;

/// <summary>
/// Every minute, on one node: resumes instances whose timers are due, starts the workflows whose cron
/// schedule is due, and deletes finished and faulted instances older than <c>Crm:Workflows:RetentionDays</c>
/// (30 by default). Each due timer and schedule is claimed with one conditional update, so even two
/// runs at once (two nodes, a lease lost mid-run) fire it once.
/// </summary>
public sealed class WorkflowTimerTask(
    IRecordStore store,
    WorkflowManager manager,
    WorkflowTypeStore types,
    ActivityLibrary library,
    IClock clock,
    IConfiguration configuration,
    ILogger<WorkflowTimerTask> logger) : IBackgroundTask
{
    public const int DefaultRetentionDays = 30;
    private const int Batch = 200;

    public string Name => "Workflows.Timers";
    public TimeSpan Interval => TimeSpan.FromMinutes(1);
    public BackgroundTaskScope Scope => BackgroundTaskScope.OneNode;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await FireTimersAsync(cancellationToken);
        await RunSchedulesAsync(cancellationToken);
        await TrimAsync(cancellationToken);
    }

    private async Task FireTimersAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var due = await store.ListAsync(store.Query<WorkflowBookmarkRecord>()
            .Where(b => b.EventName == WorkflowBookmarkRecord.TimerEvent && b.ClaimedUtc == null && b.DueUtc <= now)
            .OrderBy(b => b.DueUtc).Take(Batch), cancellationToken);
        foreach (var bookmark in due)
        {
            try
            {
                await manager.ResumeAsync(bookmark, WorkflowBookmarkRecord.TimerEvent, new JsonObject { ["FiredUtc"] = now, ["DueUtc"] = bookmark.DueUtc }, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Timer of workflow {WorkflowId} failed.", bookmark.WorkflowId);
            }
        }
    }

    private async Task RunSchedulesAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var due = await store.ListAsync(store.Query<WorkflowScheduleRecord>().Where(s => s.NextDueUtc <= now).OrderBy(s => s.NextDueUtc).Take(Batch), cancellationToken);
        foreach (var schedule in due)
        {
            var type = await types.GetLatestAsync(schedule.WorkflowTypeId, cancellationToken);
            var definition = type is null ? null : WorkflowDefinition.FromJson(type.Definition);
            var record = definition?.Find(schedule.ActivityId);
            if (type is null || record is null || record.Name != "Timer")
            {
                await store.DeleteWhereAsync<WorkflowScheduleRecord>(s => s.Id == schedule.Id, cancellationToken);
                continue;
            }
            // A disabled type's schedule waits; enabling it restarts the schedule from then.
            if (!type.Enabled || library.Find("Timer") is not { } timer) continue;

            var next = TimerEvent.NextCron(record.Properties, now) ?? now.AddYears(100);
            var id = schedule.Id;
            if (await store.UpdateWhereAsync<WorkflowScheduleRecord, DateTime>(s => s.Id == id && s.NextDueUtc <= now, s => s.NextDueUtc, next, cancellationToken) == 0) continue;
            try
            {
                await manager.StartAsync(type, definition!, record, timer, WorkflowBookmarkRecord.TimerEvent, new JsonObject { ["FiredUtc"] = now, ["DueUtc"] = schedule.NextDueUtc }, null, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Scheduled start of workflow {Type} failed.", type.Name);
            }
        }
    }

    private async Task TrimAsync(CancellationToken cancellationToken)
    {
        var days = configuration.GetValue("Crm:Workflows:RetentionDays", DefaultRetentionDays);
        if (days <= 0) return;
        var cutoff = clock.UtcNow.AddDays(-days);
        while (true)
        {
            var old = await store.ListAsync(store.Query<WorkflowInstanceRecord>()
                .Where(i => (i.Status == WorkflowStatus.Finished || i.Status == WorkflowStatus.Faulted) && i.UpdatedUtc < cutoff)
                .Select(i => i.WorkflowId).Take(500), cancellationToken);
            if (old.Count == 0) return;
            await store.DeleteWhereAsync<WorkflowJournalRecord>(j => old.Contains(j.WorkflowId), cancellationToken);
            await store.DeleteWhereAsync<WorkflowBookmarkRecord>(b => old.Contains(b.WorkflowId), cancellationToken);
            await store.DeleteWhereAsync<WorkflowInstanceRecord>(i => old.Contains(i.WorkflowId), cancellationToken);
            logger.LogInformation("Deleted {Count} workflow instances finished before {Cutoff:u}.", old.Count, cutoff);
        }
    }
}
