using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Deals.Indexes;

/// <summary>
/// One row per activity (call, meeting, note...) linked to a deal: the deal's last activity is the
/// latest <see cref="OccurredUtc"/> not in the future, computed in SQL when the board is read. Logging an
/// activity therefore resets the rotting clock without writing a new deal version, and a planned
/// activity counts once its time has come.
/// </summary>
[MapIndexColumns(nameof(DealId), nameof(OccurredUtc))]
public sealed class DealActivityIndex : MapIndex
{
    public string DealId { get; set; } = "";
    public DateTime? OccurredUtc { get; set; }
    public string? Kind { get; set; }
}

public sealed class DealActivityIndexProvider : IndexProvider<DealActivityIndex>
{
    public override IEnumerable<DealActivityIndex> Map(ContentItem item)
    {
        if (item.ContentType != AccountTypes.Activity) yield break;
        var activity = item.As<ActivityPart>();
        var dealId = activity.Deal.ContentItemIds.FirstOrDefault(id => !string.IsNullOrWhiteSpace(id));
        if (dealId is null) yield break;
        // An activity without a time is a note written now: its creation time counts.
        var occurred = activity.OccurredUtc.Value ?? item.CreatedUtc;
        yield return new DealActivityIndex { DealId = dealId, OccurredUtc = UtcDates.Utc(occurred), Kind = activity.Kind.Values.FirstOrDefault() };
    }
}
