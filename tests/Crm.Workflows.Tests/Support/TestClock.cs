using OrchardCrm.Common;

namespace OrchardCrm.Workflows.Tests.Support;

/// <summary>A clock the test moves: timers and retention are about time passing.</summary>
public sealed class TestClock : IClock
{
    public DateTime UtcNow { get; set; } = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    public void Advance(TimeSpan by) => UtcNow += by;
}
