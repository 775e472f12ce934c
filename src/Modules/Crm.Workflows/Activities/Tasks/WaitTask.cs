using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Activities.Events;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Scheduling;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>
/// Halts the instance until a signal or an event with the instance's correlation id arrives (outcome
/// Received), or until a time-out passes (outcome TimedOut), whichever comes first.
/// </summary>
public sealed class WaitTask : TaskActivity
{
    public override string Name => "Wait";
    public override string Category => "Control flow";
    public override string DisplayText => "Wait";
    public override string Description => "Waits for a signal or an event for the same item, or a time-out.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("SignalName", "Signal name", Hint: "Resume when this signal is sent for the instance's correlation id."),
        new("EventName", "Event name", Hint: "Or when this event (e.g. DealStageChanged) is raised for the same item."),
        new("Timeout", "Time-out", Hint: "Give up after this long, e.g. 3d (outcome TimedOut)."),
    ];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Received", "TimedOut"];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        var signal = ActivityRules.Text(properties, "SignalName").Trim();
        if (signal.Length > 0 && !SignalEvent.IsValidName(signal)) validation.Error("SignalName", "Signal name may hold only letters, digits, '-', '_' or '.'.");
        if (signal.Length == 0 && ActivityRules.Text(properties, "EventName").Trim().Length == 0 && ActivityRules.Text(properties, "Timeout").Trim().Length == 0)
            validation.Error("SignalName", "Give a signal, an event or a time-out to wait for.");
        ActivityRules.Delay(properties, "Timeout", "Time-out", validation);
    }

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var waits = new List<WaitFor>();
        if (context.Text("SignalName").Trim() is { Length: > 0 } signal) waits.Add(new WaitFor(SignalEvent.EventFor(signal)));
        if (context.Text("EventName").Trim() is { Length: > 0 } eventName) waits.Add(new WaitFor(eventName));
        if (DelayParser.TryParse(context.Text("Timeout"), out var timeout)) waits.Add(new WaitFor(WorkflowBookmarkRecord.TimerEvent, context.UtcNow + timeout));
        return Task.FromResult(ActivityResult.Halt([.. waits]));
    }

    public override Task<ActivityResult> ResumeAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Outcome(context.EventName == WorkflowBookmarkRecord.TimerEvent ? "TimedOut" : "Received"));
}
