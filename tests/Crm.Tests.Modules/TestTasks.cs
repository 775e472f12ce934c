using OrchardCrm.BackgroundTasks;

namespace OrchardCrm.Tests.Modules;

/// <summary>A one-node task that takes a moment (or until the test releases it), so two nodes polling together overlap.</summary>
public sealed class CountingTask(TaskProbe probe) : IBackgroundTask
{
    public const string TaskName = "Test.Counting";
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public string Name => TaskName;
    public TimeSpan Interval => Every;
    public BackgroundTaskScope Scope => BackgroundTaskScope.OneNode;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        probe.Hit(Name);
        if (probe.Release is { } release)
        {
            probe.Started.TrySetResult();
            await release.Task.WaitAsync(cancellationToken);
        }
        else
        {
            await Task.Delay(100, cancellationToken);
        }
    }
}

public sealed class EveryNodeTask(TaskProbe probe) : IBackgroundTask
{
    public const string TaskName = "Test.EveryNode";

    public string Name => TaskName;
    public TimeSpan Interval => TimeSpan.FromHours(1);
    public BackgroundTaskScope Scope => BackgroundTaskScope.EveryNode;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        probe.Hit(Name);
        return Task.CompletedTask;
    }
}

/// <summary>Always fails: registered before the others, so they show that a failure does not stop the rest.</summary>
public sealed class FailingTask(TaskProbe probe) : IBackgroundTask
{
    public const string TaskName = "Test.Failing";
    public const string Message = "The failing test task failed, as it always does.";

    public string Name => TaskName;
    public TimeSpan Interval => TimeSpan.FromHours(1);
    public BackgroundTaskScope Scope => BackgroundTaskScope.OneNode;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        probe.Hit(Name);
        throw new InvalidOperationException(Message);
    }
}
