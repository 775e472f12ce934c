using OrchardCrm.Events;

namespace OrchardCrm.Deals;

/// <summary>The events this module raises (the workflow toolbox lists them).</summary>
public static class DealEvents
{
    public const string StageChanged = "DealStageChanged";
    public const string Rotting = "DealRotting";

    public static readonly CrmEventDescriptor StageChangedDescriptor = new(
        StageChanged, "Deal stage changed", "Deals",
        "A deal moved to another stage (board, editor, API or recipe). Not raised when a deal is created.",
        ["DealId", "DealName", "PipelineId", "FromStageId", "FromStage", "ToStageId", "ToStage", "Amount", "Currency", "Owner"]);

    public static readonly CrmEventDescriptor RottingDescriptor = new(
        Rotting, "Deal rotting", "Deals",
        "An open deal has had no activity for longer than its stage's rotting days. Raised once per idle spell.",
        ["DealId", "DealName", "StageId", "Stage", "Owner", "DaysIdle"]);
}
