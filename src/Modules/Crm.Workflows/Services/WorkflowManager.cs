using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows.Services;

/// <param name="Started">Ids of the instances the event started.</param>
/// <param name="Resumed">Ids of the halted instances it resumed.</param>
public sealed record TriggerResult(IReadOnlyList<string> Started, IReadOnlyList<string> Resumed)
{
    public static readonly TriggerResult None = new([], []);
}

/// <summary>
/// Turns events into workflow runs: starts the enabled types whose start activity listens to the event and
/// accepts it, and resumes halted instances waiting on it for the same correlation id. Failures fault the
/// instance concerned and are logged; they never reach the caller.
/// </summary>
public sealed class WorkflowManager(
    IRecordStore store,
    ActivityLibrary library,
    WorkflowExecutor executor,
    WorkflowTypeStore types,
    IClock clock,
    IServiceProvider services,
    ILogger<WorkflowManager> logger)
{
    /// <summary>Workflows whose tasks raise events that start workflows... are cut off at this depth.</summary>
    public const int MaxNesting = 4;
    private static readonly AsyncLocal<int> Nesting = new();

    public async Task<TriggerResult> TriggerAsync(string eventName, JsonObject input, string? correlationId, CancellationToken cancellationToken = default)
    {
        if (Nesting.Value >= MaxNesting)
        {
            logger.LogWarning("Event {Event} not handed to workflows: workflows nested {Depth} deep (a workflow that triggers itself?).", eventName, Nesting.Value);
            return TriggerResult.None;
        }
        Nesting.Value++;
        try
        {
            var started = await StartAsync(eventName, input, correlationId, cancellationToken);
            var resumed = await ResumeAsync(eventName, input, correlationId, cancellationToken);
            return new TriggerResult(started, resumed);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Workflows failed on event {Event} ({CorrelationId}).", eventName, correlationId);
            return TriggerResult.None;
        }
        finally
        {
            Nesting.Value--;
        }
    }

    /// <summary>Whether any enabled workflow starts with, or any halted instance waits on, the event.</summary>
    public async Task<bool> HasListenersAsync(string eventName, CancellationToken cancellationToken = default)
    {
        foreach (var type in await types.ListEnabledAsync(cancellationToken))
            if (StartActivities(WorkflowDefinition.FromJson(type.Definition), eventName).Any()) return true;
        return await store.AnyAsync(store.Query<WorkflowBookmarkRecord>().Where(b => b.EventName == eventName && b.ClaimedUtc == null), cancellationToken);
    }

    private async Task<List<string>> StartAsync(string eventName, JsonObject input, string? correlationId, CancellationToken cancellationToken)
    {
        var started = new List<string>();
        foreach (var type in await types.ListEnabledAsync(cancellationToken))
        {
            var definition = WorkflowDefinition.FromJson(type.Definition);
            foreach (var (record, activity) in StartActivities(definition, eventName).ToList())
            {
                var id = await StartAsync(type, definition, record, activity, eventName, input, correlationId, cancellationToken);
                if (id is not null) started.Add(id);
            }
        }
        return started;
    }

    /// <summary>Starts an instance at a start activity (the timer task uses it for schedules); null when the activity's filter refused or a singleton is busy.</summary>
    public async Task<string?> StartAsync(WorkflowTypeRecord type, WorkflowDefinition definition, ActivityRecord record, IActivity activity,
        string eventName, JsonObject input, string? correlationId, CancellationToken cancellationToken)
    {
        var run = NewRun(type, definition, (JsonObject)input.DeepClone(), correlationId);
        bool matches;
        string? filterError = null;
        try
        {
            matches = await activity.MatchesAsync(new ActivityContext { Run = run, Activity = record, EventName = eventName, CancellationToken = cancellationToken });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            (matches, filterError) = (true, $"{activity.DisplayText}: {ex.Message}");
        }
        if (!matches) return null;

        if (type.Singleton)
        {
            run.Instance.SingletonKey = $"{type.WorkflowTypeId}|{correlationId}";
            var key = run.Instance.SingletonKey;
            if (await store.AnyAsync(store.Query<WorkflowInstanceRecord>().Where(i => i.SingletonKey == key), cancellationToken))
            {
                logger.LogInformation("Singleton workflow {Type} already runs for {CorrelationId}; event {Event} skipped.", type.Name, correlationId, eventName);
                return null;
            }
        }
        try
        {
            await store.AddAsync(run.Instance, cancellationToken);
        }
        catch (Exception ex) when (type.Singleton && !cancellationToken.IsCancellationRequested)
        {
            // Another node started one for the same item a moment ago: the unique singleton key refused this one.
            logger.LogInformation(ex, "Singleton workflow {Type} started elsewhere for {CorrelationId}.", type.Name, correlationId);
            return null;
        }

        if (filterError is not null) await executor.FaultAsync(run, record, filterError, cancellationToken);
        else await executor.RunAsync(run, record.ActivityId, eventName, resume: true, cancellationToken);
        return run.Instance.WorkflowId;
    }

    private async Task<List<string>> ResumeAsync(string eventName, JsonObject input, string? correlationId, CancellationToken cancellationToken)
    {
        var bookmarks = await store.ListAsync(store.Query<WorkflowBookmarkRecord>()
            .Where(b => b.EventName == eventName && b.CorrelationId == correlationId && b.ClaimedUtc == null)
            .OrderBy(b => b.Id), cancellationToken);
        var resumed = new List<string>();
        foreach (var bookmark in bookmarks)
            if (await ResumeAsync(bookmark, eventName, input, cancellationToken))
                resumed.Add(bookmark.WorkflowId);
        return resumed;
    }

    /// <summary>
    /// Resumes the instance of a bookmark if its activity accepts the event and this call wins the claim on
    /// the bookmark (one statement: "claimed where still unclaimed"), so two nodes never resume it twice.
    /// </summary>
    public async Task<bool> ResumeAsync(WorkflowBookmarkRecord bookmark, string eventName, JsonObject input, CancellationToken cancellationToken = default)
    {
        var instance = await store.FirstOrDefaultAsync(store.Query<WorkflowInstanceRecord>().Where(i => i.WorkflowId == bookmark.WorkflowId), cancellationToken);
        if (instance is null || instance.Status != WorkflowStatus.Halted)
        {
            await store.DeleteWhereAsync<WorkflowBookmarkRecord>(b => b.Id == bookmark.Id, cancellationToken);
            return false;
        }
        var type = await types.GetVersionAsync(instance.WorkflowTypeId, instance.WorkflowTypeVersion, cancellationToken);
        if (type is null) return false;
        var definition = WorkflowDefinition.FromJson(type.Definition);
        var state = WorkflowState.FromJson(instance.State);
        state.Input = (JsonObject)input.DeepClone();
        var run = new WorkflowRun { Instance = instance, Type = type, Definition = definition, State = state, Services = services, UtcNow = clock.UtcNow };
        var record = definition.Find(bookmark.ActivityId);
        var activity = record is null ? null : library.Find(record.Name);

        string? error = null;
        if (record is not null && activity is not null)
        {
            try
            {
                if (!await activity.MatchesAsync(new ActivityContext { Run = run, Activity = record, EventName = eventName, CancellationToken = cancellationToken })) return false;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                error = $"{activity.DisplayText}: {ex.Message}";
            }
        }

        var now = clock.UtcNow;
        var claimed = await store.UpdateWhereAsync<WorkflowBookmarkRecord, DateTime?>(b => b.Id == bookmark.Id && b.ClaimedUtc == null, b => b.ClaimedUtc, now, cancellationToken);
        if (claimed == 0) return false;
        await store.DeleteWhereAsync<WorkflowBookmarkRecord>(b => b.WorkflowId == instance.WorkflowId && b.ActivityId == bookmark.ActivityId, cancellationToken);
        state.Blocking.Remove(bookmark.ActivityId);

        if (record is null) await executor.FaultAsync(run, new ActivityRecord { ActivityId = bookmark.ActivityId, Name = "?" }, $"The workflow version has no activity '{bookmark.ActivityId}'.", cancellationToken);
        else if (error is not null) await executor.FaultAsync(run, record, error, cancellationToken);
        else await executor.RunAsync(run, record.ActivityId, eventName, resume: true, cancellationToken);
        return true;
    }

    private IEnumerable<(ActivityRecord Record, IActivity Activity)> StartActivities(WorkflowDefinition definition, string eventName)
    {
        foreach (var record in definition.Activities.Where(a => a.IsStart))
        {
            var activity = library.Find(record.Name);
            if (activity is { IsEvent: true } && string.Equals(activity.GetStartEventName(record.Properties), eventName, StringComparison.OrdinalIgnoreCase))
                yield return (record, activity);
        }
    }

    private WorkflowRun NewRun(WorkflowTypeRecord type, WorkflowDefinition definition, JsonObject input, string? correlationId)
    {
        var now = clock.UtcNow;
        var instance = new WorkflowInstanceRecord
        {
            WorkflowId = IdGenerator.NewId(),
            WorkflowTypeId = type.WorkflowTypeId,
            WorkflowTypeVersion = type.Version,
            Status = WorkflowStatus.Idle,
            CorrelationId = correlationId is { Length: > 200 } ? correlationId[..200] : correlationId,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        var state = new WorkflowState { Input = input };
        instance.State = state.ToJson();
        return new WorkflowRun { Instance = instance, Type = type, Definition = definition, State = state, Services = services, UtcNow = now };
    }
}
