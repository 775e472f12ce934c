using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Events;

namespace OrchardCrm.Deals.Handlers;

/// <summary>Builds the "DealStageChanged" event (inputs as <see cref="DealEvents.StageChangedDescriptor"/> lists them).</summary>
public static class DealStageChangedEvent
{
    public static CrmEvent Create(ContentItem item, DealPart deal, string? fromStageId, string? fromStageName, string? toStageName) =>
        new(DealEvents.StageChanged, new Dictionary<string, object?>
        {
            ["DealId"] = item.ContentItemId,
            ["DealName"] = item.DisplayText,
            ["PipelineId"] = deal.PipelineId,
            ["FromStageId"] = fromStageId,
            ["FromStage"] = fromStageName,
            ["ToStageId"] = deal.StageId,
            ["ToStage"] = toStageName,
            ["Amount"] = deal.Amount.Amount,
            ["Currency"] = deal.Amount.Currency,
            ["Owner"] = item.Owner,
        }, item.ContentItemId);
}
