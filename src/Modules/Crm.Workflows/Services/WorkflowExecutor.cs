using Microsoft.Extensions.Logging;
using OrchardCrm.Data;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows.Services;

/// <summary>
/// Runs an instance from one activity until every branch has finished or halted, writing a journal line per
/// activity, then saves the instance with its status and the bookmarks of what it now waits on. An
/// activity that throws faults the instance (journal and instance carry the error); nothing is rethrown.
/// </summary>
public sealed class WorkflowExecutor(IRecordStore store, ActivityLibrary library, ILogger<WorkflowExecutor> logger)
{
    /// <summary>A workflow that loops without halting is stopped here.</summary>
    public const int MaxActivitiesPerRun = 500;

    /// <param name="resume">Whether the entry activity resumes (an event that arrived) rather than executes.</param>
    public async Task RunAsync(WorkflowRun run, string entryActivityId, string? eventName, bool resume, CancellationToken cancellationToken)
    {
        var queue = new Queue<(string ActivityId, string? From, bool Resume)>();
        queue.Enqueue((entryActivityId, null, resume));
        var waits = new List<(string ActivityId, WaitFor Wait)>();
        string? fault = null;
        var executed = 0;
        run.Instance.Status = WorkflowStatus.Running;

        while (queue.Count > 0 && fault is null)
        {
            var (id, from, isResume) = queue.Dequeue();
            var record = run.Definition.Find(id);
            if (record is null)
            {
                fault = $"The workflow has no activity '{id}'.";
                break;
            }
            if (++executed > MaxActivitiesPerRun)
            {
                fault = $"The workflow ran more than {MaxActivitiesPerRun} activities without halting and was stopped (a loop?).";
                Journal(run, record, null, fault);
                break;
            }
            var activity = library.Find(record.Name);
            if (activity is null)
            {
                fault = $"Unknown activity '{record.Name}' (its feature may be disabled).";
                Journal(run, record, null, fault);
                break;
            }

            var context = new ActivityContext { Run = run, Activity = record, EventName = isResume ? eventName : null, ArrivedFrom = from, CancellationToken = cancellationToken };
            ActivityResult result;
            try
            {
                result = isResume ? await activity.ResumeAsync(context) : await activity.ExecuteAsync(context);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                fault = $"{activity.DisplayText}: {ex.Message}";
                logger.LogWarning(ex, "Workflow {WorkflowId} faulted in {Activity}", run.Instance.WorkflowId, record.ActivityId);
                Journal(run, record, null, fault);
                break;
            }

            if (result.IsHalt)
            {
                waits.AddRange(result.Waits.Select(w => (id, w)));
                if (!run.State.Blocking.Contains(id)) run.State.Blocking.Add(id);
                Journal(run, record, "Halted", null);
                continue;
            }
            Journal(run, record, result.Outcomes.Count == 0 ? "Waiting for other branches" : string.Join(", ", result.Outcomes), null);
            foreach (var outcome in result.Outcomes)
                foreach (var transition in run.Definition.From(id, outcome))
                    queue.Enqueue((transition.DestinationActivityId, id, false));
        }

        await SaveAsync(run, waits, fault, cancellationToken);
    }

    /// <summary>Marks an instance faulted before any activity ran (a filter script failed, say).</summary>
    public Task FaultAsync(WorkflowRun run, ActivityRecord activity, string error, CancellationToken cancellationToken)
    {
        Journal(run, activity, null, error);
        return SaveAsync(run, [], error, cancellationToken);
    }

    private async Task SaveAsync(WorkflowRun run, List<(string ActivityId, WaitFor Wait)> waits, string? fault, CancellationToken cancellationToken)
    {
        var instance = run.Instance;
        if (fault is not null)
        {
            instance.Status = WorkflowStatus.Faulted;
            instance.Fault = fault.Length > 2000 ? fault[..2000] : fault;
            run.State.Blocking.Clear();
        }
        else instance.Status = run.State.Blocking.Count > 0 ? WorkflowStatus.Halted : WorkflowStatus.Finished;

        if (!WorkflowStatus.IsActive(instance.Status))
        {
            instance.SingletonKey = null;
            await store.DeleteWhereAsync<WorkflowBookmarkRecord>(b => b.WorkflowId == instance.WorkflowId, cancellationToken);
        }
        else if (waits.Count > 0)
        {
            await store.AddAsync(waits.Select(w => new WorkflowBookmarkRecord
            {
                WorkflowId = instance.WorkflowId,
                ActivityId = w.ActivityId,
                EventName = w.Wait.EventName,
                CorrelationId = instance.CorrelationId,
                DueUtc = w.Wait.DueUtc,
            }), cancellationToken);
        }

        instance.State = run.State.ToJson();
        instance.UpdatedUtc = run.UtcNow;
        await store.UpdateAsync(instance, cancellationToken);
        await store.AddAsync(run.Journal, cancellationToken);
        run.Journal.Clear();
    }

    private static void Journal(WorkflowRun run, ActivityRecord activity, string? outcome, string? error) =>
        run.Journal.Add(new WorkflowJournalRecord
        {
            WorkflowId = run.Instance.WorkflowId,
            Sequence = ++run.State.JournalCount,
            ActivityId = activity.ActivityId,
            ActivityName = activity.Name,
            Outcome = outcome is { Length: > 500 } ? outcome[..500] : outcome,
            CreatedUtc = run.UtcNow,
            Error = error is { Length: > 2000 } ? error[..2000] : error,
        });
}
