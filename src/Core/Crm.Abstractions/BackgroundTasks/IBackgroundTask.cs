namespace OrchardCrm.BackgroundTasks;

/// <summary>
/// Recurring work of a feature (reminders, timers, queue readers). Register with
/// <c>services.AddBackgroundTask&lt;T&gt;()</c>; it is resolved in a fresh scope for each run, so it
/// may take scoped services, and a disabled feature's tasks do not run.
/// </summary>
public interface IBackgroundTask
{
    /// <summary>Unique name: the key of the task's lease and schedule.</summary>
    string Name { get; }

    /// <summary>Time between the start of one run and the next.</summary>
    TimeSpan Interval { get; }

    /// <summary>Whether one node runs each due run, or every node runs it for itself.</summary>
    BackgroundTaskScope Scope { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

public enum BackgroundTaskScope
{
    /// <summary>
    /// Leased in the database: of several nodes on one database, exactly one runs each due run, and a
    /// node that dies mid-run loses its lease after a time-out. For work that must happen once (timers, reminders).
    /// </summary>
    OneNode,

    /// <summary>Every node runs it, with no lease: for work on node-local state (a node's own search index).</summary>
    EveryNode,
}

/// <summary>Runs background tasks on demand: the command line, admin buttons and tests (which do not wait for the clock).</summary>
public interface IBackgroundTaskRunner
{
    /// <summary>Runs every enabled task that is due (taking its lease first for one-node tasks); returns the names of those that ran.</summary>
    Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs the named task now, due or not (still under its lease); false when it is unknown, disabled or leased by another node.</summary>
    Task<bool> RunNowAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>The enabled tasks with their schedule and last outcome, as this node sees them (for the admin's list).</summary>
    Task<IReadOnlyList<BackgroundTaskStatus>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>A task's schedule and last outcome. Times are UTC; null when the task has not run (or not been seen) yet.</summary>
/// <param name="FeatureId">The feature that registered the task; null for the kernel's own.</param>
/// <param name="Running">A run is under way (on any node for one-node tasks, on this node otherwise).</param>
public sealed record BackgroundTaskStatus(
    string Name,
    string? FeatureId,
    TimeSpan Interval,
    BackgroundTaskScope Scope,
    DateTime? LastRunUtc,
    DateTime? NextRunUtc,
    string? LastError,
    long? LastDurationMs,
    bool Running);
