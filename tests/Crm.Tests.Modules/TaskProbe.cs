using System.Collections.Concurrent;

namespace OrchardCrm.Tests.Modules;

/// <summary>How many times each test task ran on this node (one probe per host).</summary>
public sealed class TaskProbe
{
    private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);

    public void Hit(string task) => _runs.AddOrUpdate(task, 1, (_, n) => n + 1);

    public int Runs(string task) => _runs.GetValueOrDefault(task);

    /// <summary>When set, the counting task on this node signals <see cref="Started"/> and waits for this before it finishes.</summary>
    public TaskCompletionSource? Release { get; set; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
