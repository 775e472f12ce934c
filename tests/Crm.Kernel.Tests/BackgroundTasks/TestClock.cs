using OrchardCrm.Common;

namespace OrchardCrm.Kernel.Tests.BackgroundTasks;

/// <summary>A clock the test moves; shared by the "nodes" of a test, as real nodes share the time.</summary>
internal sealed class TestClock(DateTime start) : IClock
{
    private long _ticks = DateTime.SpecifyKind(start, DateTimeKind.Utc).Ticks;

    public DateTime UtcNow => new(Interlocked.Read(ref _ticks), DateTimeKind.Utc);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
