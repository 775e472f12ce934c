using OrchardCrm.BackgroundTasks;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Deals.Records;
using OrchardCrm.Deals.Services;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Notifications;

namespace OrchardCrm.Deals.Handlers;

/// <summary>
/// Hourly, on one node: each rotting deal not yet announced for its current idle spell raises
/// "DealRotting" and notifies its owner. The episode is the idle-since time, recorded under a unique key
/// first, so a deal is announced once per spell; activity starts a new spell.
/// </summary>
public sealed class DealRottingTask(IDealQueries queries, IPipelineService pipelines, IRecordStore records, ICrmEventBus events, IEnabled<IUserNotifier> notifiers, IClock clock) : IBackgroundTask
{
    public string Name => "Deals.Rotting";
    public TimeSpan Interval => TimeSpan.FromHours(1);
    public BackgroundTaskScope Scope => BackgroundTaskScope.OneNode;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = UtcDates.Utc(clock.UtcNow);
        var rotting = await queries.RottingAsync(cancellationToken);
        if (rotting.Count == 0) return;
        var ids = rotting.Select(c => c.Id).ToList();
        var announced = (await records.ListAsync(records.Query<DealRottingEpisodeRecord>().Where(r => ids.Contains(r.DealId)).Select(r => new { r.DealId, r.IdleSinceUtc }), cancellationToken))
            .Select(r => (r.DealId, UtcDates.Utc(r.IdleSinceUtc))).ToHashSet();
        var all = await pipelines.ListAsync(cancellationToken);
        foreach (var card in rotting)
        {
            var idleSince = card.IdleSinceUtc!.Value;
            if (announced.Contains((card.Id, idleSince))) continue;
            await records.AddAsync(new DealRottingEpisodeRecord { DealId = card.Id, StageId = card.StageId, IdleSinceUtc = idleSince, RaisedUtc = now }, cancellationToken);
            var stage = all.FirstOrDefault(p => p.Id == card.PipelineId)?.FindStage(card.StageId);
            var days = card.DaysIdle(now);
            await events.PublishAsync(new CrmEvent(DealEvents.Rotting, new Dictionary<string, object?>
            {
                ["DealId"] = card.Id,
                ["DealName"] = card.Name,
                ["StageId"] = card.StageId,
                ["Stage"] = stage?.Name,
                ["Owner"] = card.Owner,
                ["DaysIdle"] = days,
            }, card.Id), cancellationToken);
            if (card.Owner is null) continue;
            foreach (var notifier in notifiers)
                await notifier.NotifyAsync(new UserNotification(card.Owner, $"Deal '{card.Name}' is rotting: no activity for {days} days")
                {
                    Body = stage is null ? null : $"It has been in {stage.Name} without activity for longer than {stage.RottingDays} days.",
                    Url = $"/admin/deals/{card.Id}",
                    Source = "Deals",
                    DeduplicationKey = $"deal-rotting:{card.Id}:{idleSince:O}",
                }, cancellationToken);
        }
    }
}
