using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Events;

namespace OrchardCrm.Deals.Handlers;

/// <summary>
/// Keeps every deal right whoever saves it (board, editor, API, recipe): pipeline and stage resolved and
/// checked, the amount from the line items, the stage's probability, category and status, when it
/// entered the stage and when it closed; refuses a closed stage without a reason (and a competitor when
/// lost) and a committee that breaks its rules. After a stage change is committed it publishes
/// "DealStageChanged". Services are resolved when needed: the content manager and the event bus both
/// depend on the content handlers.
/// </summary>
public sealed class DealContentHandler(IServiceProvider services, IClock clock) : ContentHandlerBase
{
    public override Task CreatingAsync(ContentContext context) => DeriveAsync(context);

    public override Task UpdatingAsync(ContentContext context) => DeriveAsync(context);

    public override async Task UpdatedAsync(ContentContext context)
    {
        if (context.ContentItem.ContentType != DealTypes.Deal || context.Previous is null) return;
        var deal = context.ContentItem.As<DealPart>();
        var before = context.Previous.As<DealPart>();
        if (before.StageId == deal.StageId && before.PipelineId == deal.PipelineId) return;
        var pipelines = services.GetRequiredService<IPipelineService>();
        var from = before.PipelineId is null ? null : await pipelines.GetAsync(before.PipelineId);
        var to = deal.PipelineId is null ? null : await pipelines.GetAsync(deal.PipelineId);
        var stageChanged = DealStageChangedEvent.Create(context.ContentItem, deal, before.StageId, from?.FindStage(before.StageId)?.Name, to?.FindStage(deal.StageId)?.Name);
        await services.GetRequiredService<ICrmEventBus>().PublishAsync(stageChanged);
    }

    private async Task DeriveAsync(ContentContext context)
    {
        var item = context.ContentItem;
        if (item.ContentType != DealTypes.Deal) return;
        var deal = item.As<DealPart>();
        var before = context.Previous?.As<DealPart>();
        var validation = context.Validation;
        var now = UtcDates.Utc(clock.UtcNow);

        var pipelines = services.GetRequiredService<IPipelineService>();
        var pipeline = string.IsNullOrWhiteSpace(deal.PipelineId) ? await pipelines.GetDefaultAsync() : await pipelines.GetAsync(deal.PipelineId.Trim());
        if (pipeline is null)
        {
            validation.Fail("DealPart.PipelineId", string.IsNullOrWhiteSpace(deal.PipelineId) ? "There is no pipeline yet: create one first." : $"There is no pipeline '{deal.PipelineId}'.");
            return;
        }
        deal.PipelineId = pipeline.Id;
        var stage = string.IsNullOrWhiteSpace(deal.StageId) ? pipeline.OpenStages.FirstOrDefault() : pipeline.FindStage(deal.StageId.Trim());
        if (stage is null)
        {
            validation.Fail("DealPart.StageId", $"'{deal.StageId}' is not a stage of pipeline '{pipeline.Name}' (stages: {string.Join(", ", pipeline.OrderedStages.Select(s => s.Id))}).");
            return;
        }
        deal.StageId = stage.Id;

        DealRules.ApplyLineItems(deal, validation);
        var settings = await services.GetRequiredService<IDealSettingsService>().GetAsync();
        foreach (var error in DealRules.CloseErrors(stage, deal.CloseReason.Text, deal.Competitor.Text, settings))
            validation.Fail("DealPart." + error.Field, error.Message);

        var committee = item.As<CommitteePart>();
        var accountId = deal.Account.ContentItemIds.FirstOrDefault();
        var beforeCommittee = context.Previous?.As<CommitteePart>();
        // Moves and amount edits do not touch the committee: check it only when it or the account changed.
        if (beforeCommittee is null || before?.Account.ContentItemIds.FirstOrDefault() != accountId || !committee.Members.SequenceEqual(beforeCommittee.Members))
        {
            var content = services.GetRequiredService<IContentManager>();
            foreach (var error in await CommitteeRules.ValidateAsync(committee, accountId, settings, content))
                validation.Fail("CommitteePart." + error.Field, error.Message);
        }
        if (!validation.Succeeded) return;

        var stageChanged = before is null || before.StageId != deal.StageId || before.PipelineId != deal.PipelineId;
        if (before is null) deal.StageEnteredUtc = UtcDates.Utc(deal.StageEnteredUtc) ?? UtcDates.Utc(item.CreatedUtc) ?? now;
        else if (stageChanged) deal.StageEnteredUtc = now;
        else deal.StageEnteredUtc = before.StageEnteredUtc;

        deal.Probability = stage.Probability;
        deal.ForecastCategory = stage.ForecastCategory;
        deal.Status = stage.ForecastCategory.StatusOf();
        if (!stage.IsClosed) deal.ClosedUtc = null;
        else if (before is null) deal.ClosedUtc = UtcDates.Utc(deal.ClosedUtc) ?? deal.StageEnteredUtc;
        else if (before.Status == DealStatuses.Open || stageChanged) deal.ClosedUtc = now;
        else deal.ClosedUtc = before.ClosedUtc;

        item.Apply(deal);
        item.DisplayText = deal.Name.Text?.Trim() ?? "";
    }
}
