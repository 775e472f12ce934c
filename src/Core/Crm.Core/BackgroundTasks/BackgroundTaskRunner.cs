using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OrchardCrm.Common;
using OrchardCrm.Modules;

namespace OrchardCrm.BackgroundTasks;

/// <summary>
/// Runs the enabled features' background tasks when due: one-node tasks under a database lease (see
/// <see cref="BackgroundTaskLeases"/>), every-node tasks on this node's own schedule. Each run gets a
/// fresh scope; a task that throws is logged and its error recorded, and the others still run.
/// Tasks run one after another: a poll lasts as long as its due tasks.
/// </summary>
internal sealed class BackgroundTaskRunner(
    IServiceScopeFactory scopes,
    IShellFeatures shell,
    FeatureTypeMap featureTypes,
    IClock clock,
    BackgroundTaskLeases leases,
    EveryNodeSchedule everyNode,
    ILogger<BackgroundTaskRunner> logger) : IBackgroundTaskRunner
{
    /// <summary>A lease outlives a normal run: at least this long, or the interval when that is longer.</summary>
    public static readonly TimeSpan MinimumLease = TimeSpan.FromMinutes(5);

    private sealed record RegisteredTask(string Name, TimeSpan Interval, BackgroundTaskScope Scope, Type Type, string? FeatureId)
    {
        public TimeSpan Lease => Interval > MinimumLease ? Interval : MinimumLease;
    }

    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var ran = new List<string>();
        foreach (var task in await ListEnabledAsync(cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await TryRunAsync(task, force: false, cancellationToken)) ran.Add(task.Name);
        }
        return ran;
    }

    public async Task<bool> RunNowAsync(string name, CancellationToken cancellationToken = default)
    {
        var task = (await ListEnabledAsync(cancellationToken)).FirstOrDefault(t => t.Name == name);
        return task is not null && await TryRunAsync(task, force: true, cancellationToken);
    }

    public async Task<IReadOnlyList<BackgroundTaskStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var tasks = await ListEnabledAsync(cancellationToken);
        var rows = await leases.ReadAsync(tasks.Where(t => t.Scope == BackgroundTaskScope.OneNode).Select(t => t.Name).ToList(), cancellationToken);
        var now = clock.UtcNow;
        return tasks.Select(t =>
        {
            if (t.Scope == BackgroundTaskScope.EveryNode)
            {
                var local = everyNode.Read(t.Name);
                return new BackgroundTaskStatus(t.Name, t.FeatureId, t.Interval, t.Scope, local?.LastRunUtc, local?.NextRunUtc, local?.LastError, local?.LastDurationMs, local?.Running ?? false);
            }
            var row = rows.GetValueOrDefault(t.Name);
            return new BackgroundTaskStatus(t.Name, t.FeatureId, t.Interval, t.Scope, row?.LastRunUtc, row?.NextRunUtc, row?.LastError, row?.LastDurationMs,
                row?.LeaseOwner is not null && row.LeaseExpiresUtc > now);
        }).ToList();
    }

    private async Task<bool> TryRunAsync(RegisteredTask task, bool force, CancellationToken cancellationToken)
    {
        var start = clock.UtcNow;
        var oneNode = task.Scope == BackgroundTaskScope.OneNode;
        var claimed = oneNode
            ? await leases.TryClaimAsync(task.Name, start, task.Lease, force, cancellationToken)
            : everyNode.TryClaim(task.Name, start, force);
        if (!claimed) return false;

        string? error;
        var watch = Stopwatch.StartNew();
        try
        {
            error = await ExecuteAsync(task, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down mid-run: give the run back, unrecorded, for this or another node to redo.
            if (oneNode) await leases.ReleaseAsync(task.Name); else everyNode.Release(task.Name);
            throw;
        }
        catch (TaskGoneException)
        {
            if (oneNode) await leases.ReleaseAsync(task.Name); else everyNode.Release(task.Name);
            return false;
        }

        var next = start + task.Interval;
        if (oneNode) await leases.CompleteAsync(task.Name, start, next, error, watch.ElapsedMilliseconds);
        else everyNode.Complete(task.Name, start, next, error, watch.ElapsedMilliseconds);
        return true;
    }

    /// <summary>Runs the task in a scope of its own; returns its error, or null when it succeeded.</summary>
    private async Task<string?> ExecuteAsync(RegisteredTask task, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // Resolved again in the run's scope: its feature may have been disabled since the list was made.
        var instance = scope.ServiceProvider.GetRequiredService<IEnabled<IBackgroundTask>>().FirstOrDefault(t => t.GetType() == task.Type)
            ?? throw new TaskGoneException();
        try
        {
            await instance.RunAsync(cancellationToken);
            return null;
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            logger.LogError(ex, "Background task {Task} failed.", task.Name);
            return ex.ToString();
        }
    }

    /// <summary>The enabled tasks, on this node's current view of the features (another node may have switched some).</summary>
    private async Task<IReadOnlyList<RegisteredTask>> ListEnabledAsync(CancellationToken cancellationToken)
    {
        await shell.RefreshAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var tasks = new List<RegisteredTask>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var task in scope.ServiceProvider.GetRequiredService<IEnabled<IBackgroundTask>>())
        {
            var type = task.GetType();
            if (Problem(task) is { } problem)
            {
                logger.LogError("Background task {Type} is skipped: {Problem}", type.FullName, problem);
                continue;
            }
            if (!names.Add(task.Name))
            {
                logger.LogError("Background task {Type} is skipped: another task is named '{Task}' already; names must be unique.", type.FullName, task.Name);
                continue;
            }
            tasks.Add(new RegisteredTask(task.Name, task.Interval, task.Scope, type, featureTypes.FeatureOf(type)));
        }
        return tasks;
    }

    private static string? Problem(IBackgroundTask task) =>
        string.IsNullOrWhiteSpace(task.Name) ? "its Name is empty."
        : task.Name.Length > 200 ? $"its Name '{task.Name[..40]}...' is longer than 200 characters."
        : task.Interval <= TimeSpan.Zero ? $"its Interval ({task.Interval}) is not positive."
        : !Enum.IsDefined(task.Scope) ? $"its Scope ({(int)task.Scope}) is not OneNode or EveryNode."
        : null;

    /// <summary>The task's feature was disabled between the claim and the run.</summary>
    private sealed class TaskGoneException : Exception;
}
