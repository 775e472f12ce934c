using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Events;

/// <summary>A named signal, sent by <c>POST /api/workflows/signal/{name}</c> or the "Send signal" button of a workflow.</summary>
public sealed class SignalEvent : EventActivity
{
    public const string EventPrefix = "Signal:";

    public override string Name => "Signal";
    public override string Category => "Signals";
    public override string DisplayText => "Signal";
    public override string Description => "When a signal of this name is sent (with an optional correlation id). Input: what the sender posted.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("SignalName", "Signal name", Required: true, Hint: "Letters, digits, '-', '_' or '.', e.g. approve-discount."),
        FilterProperty,
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        var name = ActivityRules.Text(properties, "SignalName").Trim();
        if (name.Length > 0 && !IsValidName(name)) validation.Error("SignalName", "Signal name may hold only letters, digits, '-', '_' or '.'.");
        ActivityRules.Script(properties, "Filter", "Filter", Scripting.ExpressionEvaluator.JavaScript, validation);
    }

    public override string EventName(JsonObject properties) => EventFor(ActivityRules.Text(properties, "SignalName").Trim());

    public static string EventFor(string signalName) => EventPrefix + signalName.ToLowerInvariant();

    public static bool IsValidName(string name) => name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
