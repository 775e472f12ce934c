using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Accounts.Indexes;

/// <summary>
/// One row per contact of an activity version (one row with no contact when it has none), each with
/// the account: the timelines of an account and of a contact are both one indexed query.
/// </summary>
[MapIndexColumns(nameof(AccountId), nameof(OccurredUtc))]
[MapIndexColumns(nameof(ContactId), nameof(OccurredUtc))]
public sealed class ActivityIndex : MapIndex
{
    public string? Kind { get; set; }
    public DateTime? OccurredUtc { get; set; }
    public string? AccountId { get; set; }
    public string? ContactId { get; set; }
}

public sealed class ActivityIndexProvider : IndexProvider<ActivityIndex>
{
    public override IEnumerable<ActivityIndex> Map(ContentItem item)
    {
        if (item.ContentType != AccountTypes.Activity) yield break;
        var activity = item.As<ActivityPart>();
        var kind = activity.Kind.Values.FirstOrDefault();
        var accountId = activity.Account.ContentItemIds.FirstOrDefault();
        var contacts = activity.Contacts.ContentItemIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct().ToList();
        if (contacts.Count == 0)
        {
            yield return new ActivityIndex { Kind = kind, OccurredUtc = activity.OccurredUtc.Value, AccountId = accountId };
            yield break;
        }
        foreach (var contactId in contacts)
            yield return new ActivityIndex { Kind = kind, OccurredUtc = activity.OccurredUtc.Value, AccountId = accountId, ContactId = contactId };
    }
}
