using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Scheduling;

namespace OrchardCrm.Workflows.Activities.Events;

/// <summary>
/// Time: at the start of a workflow, a cron schedule that starts an instance each time it is due; inside
/// a workflow, a pause until the next cron time or for a delay. Fired by the timer background task within a minute.
/// </summary>
public sealed class TimerEvent : EventActivity
{
    public override string Name => "Timer";
    public override string Category => "Timers";
    public override string DisplayText => "Timer";
    public override string Description => "At times given by a cron expression (UTC), or after a delay when reached inside a workflow.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("Cron", "Cron expression", Hint: "Five fields, UTC: minute hour day month weekday, e.g. 0 8 * * MON-FRI."),
        new("Delay", "Delay", Hint: "Inside a workflow: wait this long, e.g. 30m, 2h, 3d."),
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        var cron = ActivityRules.Text(properties, "Cron").Trim();
        var delay = ActivityRules.Text(properties, "Delay").Trim();
        if (cron.Length == 0 && delay.Length == 0) validation.Error("Cron", "Give a cron expression or a delay.");
        if (cron.Length > 0 && !CronExpression.TryParse(cron, out _, out var error)) validation.Error("Cron", $"Cron expression: {error}");
        ActivityRules.Delay(properties, "Delay", "Delay", validation);
    }

    /// <summary>Timers start workflows from their schedule, not from a raised event.</summary>
    public override string? GetStartEventName(JsonObject properties) => null;

    public override string EventName(JsonObject properties) => Models.WorkflowBookmarkRecord.TimerEvent;

    public override Task<bool> MatchesAsync(ActivityContext context) => Task.FromResult(true);

    public override Task<ActivityResult> ExecuteAsync(ActivityContext context) =>
        Task.FromResult(ActivityResult.Halt(new WaitFor(Models.WorkflowBookmarkRecord.TimerEvent, DueAfter(context.Properties, context.UtcNow))));

    /// <summary>When the timer fires after <paramref name="nowUtc"/>: the delay wins inside a workflow, else the cron's next time.</summary>
    public static DateTime DueAfter(JsonObject properties, DateTime nowUtc)
    {
        if (DelayParser.TryParse(ActivityRules.Text(properties, "Delay"), out var delay)) return nowUtc + delay;
        return NextCron(properties, nowUtc) ?? nowUtc.AddYears(100);
    }

    public static DateTime? NextCron(JsonObject properties, DateTime afterUtc) =>
        CronExpression.TryParse(ActivityRules.Text(properties, "Cron"), out var cron, out _) ? cron!.Next(afterUtc) : null;
}
