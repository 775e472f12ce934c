namespace OrchardCrm.BackgroundTasks;

/// <summary>
/// The schedule of every-node tasks on this node, in memory: each node runs them on its own clock, so
/// there is nothing to share. A node that restarts runs them at once, which suits node-local work.
/// </summary>
internal sealed class EveryNodeSchedule
{
    private readonly Dictionary<string, State> _states = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private sealed class State
    {
        public DateTime? NextRunUtc;
        public bool Running;
        public DateTime? LastRunUtc;
        public string? LastError;
        public long? LastDurationMs;
    }

    public sealed record Snapshot(DateTime? NextRunUtc, bool Running, DateTime? LastRunUtc, string? LastError, long? LastDurationMs);

    /// <summary>Marks the task running when it is due (or forced) and not running already (two polls overlapping on one node).</summary>
    public bool TryClaim(string name, DateTime now, bool force)
    {
        lock (_lock)
        {
            if (!_states.TryGetValue(name, out var state)) _states[name] = state = new State();
            if (state.Running || (!force && state.NextRunUtc > now)) return false;
            state.Running = true;
            return true;
        }
    }

    public void Complete(string name, DateTime startedUtc, DateTime nextRunUtc, string? error, long durationMs)
    {
        lock (_lock)
        {
            var state = _states[name];
            state.Running = false;
            state.NextRunUtc = nextRunUtc;
            state.LastRunUtc = startedUtc;
            state.LastError = error;
            state.LastDurationMs = durationMs;
        }
    }

    public void Release(string name)
    {
        lock (_lock)
        {
            if (_states.TryGetValue(name, out var state)) state.Running = false;
        }
    }

    public Snapshot? Read(string name)
    {
        lock (_lock)
        {
            return _states.TryGetValue(name, out var s) ? new Snapshot(s.NextRunUtc, s.Running, s.LastRunUtc, s.LastError, s.LastDurationMs) : null;
        }
    }
}
