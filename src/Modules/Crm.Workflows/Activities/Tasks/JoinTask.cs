using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>
/// Brings branches together: with WaitAll it goes on once every activity leading into it has arrived
/// (branches that halt arrive when they resume); with WaitAny, on the first arrival.
/// </summary>
public sealed class JoinTask : TaskActivity
{
    public override string Name => "Join";
    public override string Category => "Control flow";
    public override string DisplayText => "Join";
    public override string Description => "Waits for all (or any) incoming branches, then goes on by Joined.";

    public override IReadOnlyList<ActivityProperty> Properties =>
        [new("Mode", "Mode", ActivityPropertyKind.Select, Options: ["WaitAll", "WaitAny"], Default: "WaitAll")];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Joined"];

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var id = context.Activity.ActivityId;
        if (!context.State.JoinArrivals.TryGetValue(id, out var arrived)) context.State.JoinArrivals[id] = arrived = [];
        if (context.ArrivedFrom is { } from && !arrived.Contains(from)) arrived.Add(from);

        var waitAny = string.Equals(context.Text("Mode"), "WaitAny", StringComparison.OrdinalIgnoreCase);
        if (waitAny)
            return Task.FromResult(arrived.Count == 1 ? ActivityResult.Outcome("Joined") : ActivityResult.EndBranch);

        var incoming = context.Run.Definition.Transitions.Where(t => t.DestinationActivityId == id).Select(t => t.SourceActivityId).Distinct().ToList();
        if (!incoming.All(arrived.Contains)) return Task.FromResult(ActivityResult.EndBranch);
        context.State.JoinArrivals.Remove(id);
        return Task.FromResult(ActivityResult.Outcome("Joined"));
    }
}
