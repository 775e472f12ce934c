using System.Text.Json.Nodes;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Workflows.Activities.Events;
using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows.Services;

/// <summary>
/// Workflow types and their versions. Saving a changed graph writes a new version (running instances keep
/// theirs); saving the same graph again changes at most the name and flags, so imports are idempotent.
/// </summary>
public sealed class WorkflowTypeStore(IRecordStore store, IClock clock, ICurrentUser currentUser)
{
    public Task<List<WorkflowTypeRecord>> ListLatestAsync(CancellationToken cancellationToken = default) =>
        store.ListAsync(store.Query<WorkflowTypeRecord>().Where(t => t.IsLatest).OrderBy(t => t.Name), cancellationToken);

    /// <summary>
    /// Every content save and module event asks for these, often several times in one request (a deal
    /// move raises a content event and a stage event): read once per scope, forgotten on any change here.
    /// </summary>
    private List<WorkflowTypeRecord>? _enabled;

    public async Task<List<WorkflowTypeRecord>> ListEnabledAsync(CancellationToken cancellationToken = default) =>
        [.. _enabled ??= await store.ListAsync(store.Query<WorkflowTypeRecord>().Where(t => t.IsLatest && t.Enabled).OrderBy(t => t.Id), cancellationToken)];

    public Task<WorkflowTypeRecord?> GetLatestAsync(string workflowTypeId, CancellationToken cancellationToken = default) =>
        store.FirstOrDefaultAsync(store.Query<WorkflowTypeRecord>().Where(t => t.WorkflowTypeId == workflowTypeId && t.IsLatest), cancellationToken);

    public Task<WorkflowTypeRecord?> GetVersionAsync(string workflowTypeId, int version, CancellationToken cancellationToken = default) =>
        store.FirstOrDefaultAsync(store.Query<WorkflowTypeRecord>().Where(t => t.WorkflowTypeId == workflowTypeId && t.Version == version), cancellationToken);

    public static WorkflowTypeDraft ToDraft(WorkflowTypeRecord record) => new()
    {
        WorkflowTypeId = record.WorkflowTypeId,
        Name = record.Name,
        Enabled = record.Enabled,
        Singleton = record.Singleton,
        Definition = WorkflowDefinition.FromJson(record.Definition),
    };

    /// <summary>Validates and saves; on errors nothing is written and the errors are returned.</summary>
    public async Task<(WorkflowTypeRecord? Saved, List<WorkflowError> Errors)> SaveAsync(WorkflowTypeDraft draft, ActivityLibrary library, CancellationToken cancellationToken = default)
    {
        _enabled = null;
        var latest = string.IsNullOrEmpty(draft.WorkflowTypeId) ? null : await GetLatestAsync(draft.WorkflowTypeId, cancellationToken);
        KeepOrMakeTokens(draft, latest);
        var errors = WorkflowValidator.Validate(draft, library);
        if (errors.Count > 0) return (null, errors);

        var name = draft.Name.Trim();
        if (latest is not null && WorkflowDefinition.FromJson(latest.Definition).SameAs(draft.Definition))
        {
            if (latest.Name != name || latest.Enabled != draft.Enabled || latest.Singleton != draft.Singleton)
            {
                var enabling = draft.Enabled && !latest.Enabled;
                (latest.Name, latest.Enabled, latest.Singleton) = (name, draft.Enabled, draft.Singleton);
                await store.UpdateAsync(latest, cancellationToken);
                if (enabling) await SyncSchedulesAsync(latest, draft.Definition, cancellationToken);
            }
            return (latest, []);
        }

        var record = new WorkflowTypeRecord
        {
            WorkflowTypeId = string.IsNullOrEmpty(draft.WorkflowTypeId) ? IdGenerator.NewId() : draft.WorkflowTypeId,
            Version = (latest?.Version ?? 0) + 1,
            IsLatest = true,
            Name = name,
            Enabled = draft.Enabled,
            Singleton = draft.Singleton,
            Definition = draft.Definition.ToJson(),
            CreatedUtc = clock.UtcNow,
            CreatedBy = currentUser.UserName,
        };
        if (latest is not null)
        {
            var id = record.WorkflowTypeId;
            await store.UpdateWhereAsync<WorkflowTypeRecord, bool>(t => t.WorkflowTypeId == id && t.IsLatest, t => t.IsLatest, false, cancellationToken);
        }
        await store.AddAsync(record, cancellationToken);
        await SyncSchedulesAsync(record, draft.Definition, cancellationToken);
        return (record, []);
    }

    public async Task<bool> SetEnabledAsync(string workflowTypeId, bool enabled, CancellationToken cancellationToken = default)
    {
        _enabled = null;
        var latest = await GetLatestAsync(workflowTypeId, cancellationToken);
        if (latest is null) return false;
        if (latest.Enabled == enabled) return true;
        latest.Enabled = enabled;
        await store.UpdateAsync(latest, cancellationToken);
        // A type switched back on starts its schedule from now, not with the runs it missed.
        if (enabled) await SyncSchedulesAsync(latest, WorkflowDefinition.FromJson(latest.Definition), cancellationToken);
        return true;
    }

    /// <summary>Deletes every version of the type with its instances, journals, bookmarks and schedules.</summary>
    public async Task<bool> DeleteAsync(string workflowTypeId, CancellationToken cancellationToken = default)
    {
        _enabled = null;
        var instanceIds = await store.ListAsync(store.Query<WorkflowInstanceRecord>().Where(i => i.WorkflowTypeId == workflowTypeId).Select(i => i.WorkflowId), cancellationToken);
        foreach (var chunk in instanceIds.Chunk(500))
        {
            await store.DeleteWhereAsync<WorkflowJournalRecord>(j => chunk.Contains(j.WorkflowId), cancellationToken);
            await store.DeleteWhereAsync<WorkflowBookmarkRecord>(b => chunk.Contains(b.WorkflowId), cancellationToken);
        }
        await store.DeleteWhereAsync<WorkflowInstanceRecord>(i => i.WorkflowTypeId == workflowTypeId, cancellationToken);
        await store.DeleteWhereAsync<WorkflowScheduleRecord>(s => s.WorkflowTypeId == workflowTypeId, cancellationToken);
        return await store.DeleteWhereAsync<WorkflowTypeRecord>(t => t.WorkflowTypeId == workflowTypeId, cancellationToken) > 0;
    }

    /// <summary>One schedule row per start Timer with a cron expression, due at its next time.</summary>
    private async Task SyncSchedulesAsync(WorkflowTypeRecord type, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var id = type.WorkflowTypeId;
        await store.DeleteWhereAsync<WorkflowScheduleRecord>(s => s.WorkflowTypeId == id, cancellationToken);
        var now = clock.UtcNow;
        var schedules = definition.Activities
            .Where(a => a.IsStart && a.Name == "Timer")
            .Select(a => (a.ActivityId, Next: TimerEvent.NextCron(a.Properties, now)))
            .Where(s => s.Next is not null)
            .Select(s => new WorkflowScheduleRecord { WorkflowTypeId = id, ActivityId = s.ActivityId, NextDueUtc = s.Next!.Value })
            .ToList();
        await store.AddAsync(schedules, cancellationToken);
    }

    /// <summary>
    /// An HTTP request event keeps the token it had in the previous version when none is given (so a
    /// re-imported recipe does not change the URL), and gets a new random one otherwise.
    /// </summary>
    private static void KeepOrMakeTokens(WorkflowTypeDraft draft, WorkflowTypeRecord? latest)
    {
        var previous = latest is null ? null : WorkflowDefinition.FromJson(latest.Definition);
        foreach (var activity in draft.Definition.Activities.Where(a => a.Name == "HttpRequestEvent"))
        {
            if (Activities.ActivityRules.Text(activity.Properties, HttpRequestEvent.TokenProperty).Trim().Length > 0) continue;
            var kept = previous?.Find(activity.ActivityId) is { Name: "HttpRequestEvent" } old
                ? Activities.ActivityRules.Text(old.Properties, HttpRequestEvent.TokenProperty) : "";
            activity.Properties[HttpRequestEvent.TokenProperty] = JsonValue.Create(kept.Length > 0 ? kept : HttpRequestEvent.NewToken());
        }
    }
}
