using System.Text.Json.Nodes;
using OrchardCrm.Events;

namespace OrchardCrm.Workflows.Activities.Events;

/// <summary>Any event a module announces (<see cref="CrmEventDescriptor"/>), as an event activity with an optional JavaScript filter.</summary>
public sealed class CrmEventActivity(CrmEventDescriptor descriptor) : EventActivity
{
    public CrmEventDescriptor Descriptor { get; } = descriptor;

    public override string Name => Descriptor.Name;
    public override string Category => Descriptor.Category;
    public override string DisplayText => Descriptor.DisplayName;
    public override string Description =>
        Descriptor.InputNames.Count == 0 ? Descriptor.Description : $"{Descriptor.Description} Input: {string.Join(", ", Descriptor.InputNames)}.";

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        ActivityRules.Script(properties, "Filter", "Filter", Scripting.ExpressionEvaluator.JavaScript, validation);
    }
}

/// <summary>
/// Events of other CRM modules that workflows may be written for before those modules are enabled (the
/// shipped automation uses them). A module's own announcement of the same name replaces these.
/// </summary>
public static class KnownCrmEvents
{
    public static readonly IReadOnlyList<CrmEventDescriptor> All =
    [
        new("DealRotting", "Deal rotting", "Deals", "When a deal has been idle in its stage for too long.", ["DealId", "DealName", "StageId", "Stage", "Owner", "DaysIdle"]),
        new("TaskOverdue", "Task overdue", "Tasks", "When an open task passes its due time.", ["TaskId", "Title", "Assignee", "DueUtc", "AccountId"]),
        new("UserSignedIn", "User signed in", "Users", "When a user signs in.", ["UserName"]),
    ];
}
