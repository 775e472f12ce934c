using Microsoft.AspNetCore.Identity;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Events;

namespace OrchardCrm.Deals.Handlers;

/// <summary>
/// The built-in automation "when a deal enters a stage with follow-up days, create a task for its owner".
/// It is a plain <see cref="ICrmEventHandler"/> of "DealStageChanged" so that the workflows module can
/// take it over later (a workflow on the same event, with this handler removed from the startup).
/// The task: title from the stage (or a default), due the entry time plus the days, assigned to the
/// deal's owner, linked to the deal and its account.
/// </summary>
public sealed class FollowUpTaskOnStageEntry(IContentManager content, IPipelineService pipelines, UserManager<CrmUser> users) : ICrmEventHandler
{
    public async Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        if (crmEvent.Name != DealEvents.StageChanged || crmEvent.CorrelationId is not { } dealId) return;
        var item = await content.GetAsync(dealId, VersionOptions.Latest, cancellationToken);
        if (item is null || item.ContentType != DealTypes.Deal) return;
        var deal = item.As<DealPart>();
        var pipeline = deal.PipelineId is null ? null : await pipelines.GetAsync(deal.PipelineId, cancellationToken);
        var stage = pipeline?.FindStage(deal.StageId);
        if (stage?.FollowUpDays is not { } days || stage.IsClosed) return;

        var entered = UtcDates.Utc(deal.StageEnteredUtc) ?? UtcDates.Utc(item.ModifiedUtc ?? DateTime.UtcNow);
        var task = await content.NewAsync(AccountTypes.Task);
        task.Owner = item.Owner;
        var assignee = item.Owner is null ? null : await users.FindByNameAsync(item.Owner);
        task.Alter<TaskPart>(t =>
        {
            t.Title.Text = string.IsNullOrWhiteSpace(stage.FollowUpTitle) ? $"Follow up: {item.DisplayText} ({stage.Name})" : stage.FollowUpTitle.Trim();
            t.DueUtc.Value = entered.AddDays(days);
            t.Assignee.UserIds = assignee is null ? [] : [assignee.Id];
            t.Deal.ContentItemIds = [item.ContentItemId];
            t.Account.ContentItemIds = deal.Account.ContentItemIds.Take(1).ToArray();
            t.Status.Values = ["Open"];
            t.Priority.Values = ["Normal"];
        });
        var result = await content.CreateAsync(task, publish: true, cancellationToken);
        if (!result.Succeeded) throw new InvalidOperationException($"The follow-up task for {item} is not valid: {result}");
    }
}
