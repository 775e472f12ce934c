namespace OrchardCrm.Workflows.Activities;

/// <summary>What an activity did: leave by outcomes, halt until events arrive, or end its branch (a Join still waiting).</summary>
public sealed class ActivityResult
{
    private ActivityResult(IReadOnlyList<string> outcomes, IReadOnlyList<WaitFor> waits)
    {
        Outcomes = outcomes;
        Waits = waits;
    }

    public IReadOnlyList<string> Outcomes { get; }
    public IReadOnlyList<WaitFor> Waits { get; }
    public bool IsHalt => Waits.Count > 0;

    public static ActivityResult Outcome(params string[] outcomes) => new(outcomes, []);

    public static ActivityResult Halt(params WaitFor[] waits) => new([], waits);

    public static readonly ActivityResult EndBranch = new([], []);
}

/// <summary>An event a halted activity waits for; <paramref name="DueUtc"/> for timers.</summary>
public sealed record WaitFor(string EventName, DateTime? DueUtc = null);
