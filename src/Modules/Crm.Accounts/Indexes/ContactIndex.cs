using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Accounts.Indexes;

/// <summary>
/// One row per account link of a contact version (one row with no account when it has none), so the
/// 360 page finds an account's people, current or former, with their role in a single query.
/// </summary>
[MapIndexColumns(nameof(AccountId), nameof(IsCurrent))]
[MapIndexColumns(nameof(PrimaryEmail))]
[MapIndexColumns(nameof(ReportsToId))]
public sealed class ContactIndex : MapIndex
{
    public string? AccountId { get; set; }
    /// <summary>False when the person has left that account.</summary>
    public bool IsCurrent { get; set; }
    public string? Role { get; set; }
    public string? LastName { get; set; }
    public string? PrimaryEmail { get; set; }
    public string? ReportsToId { get; set; }
}

public sealed class ContactIndexProvider : IndexProvider<ContactIndex>
{
    public override IEnumerable<ContactIndex> Map(ContentItem item)
    {
        if (item.ContentType != AccountTypes.Contact) yield break;
        var contact = item.As<ContactPart>();
        ContactIndex Row(string? accountId, bool current, string? role) => new()
        {
            AccountId = accountId,
            IsCurrent = current,
            Role = role,
            LastName = IndexText.Lower(contact.LastName.Text),
            PrimaryEmail = IndexText.Lower(contact.Email.Email),
            ReportsToId = contact.ReportsTo.ContentItemIds.FirstOrDefault(),
        };

        var links = contact.Accounts.Where(l => !string.IsNullOrWhiteSpace(l.AccountId)).DistinctBy(l => l.AccountId).ToList();
        if (links.Count == 0)
        {
            yield return Row(null, false, null);
            yield break;
        }
        foreach (var link in links) yield return Row(link.AccountId, link.Current, link.Role);
    }
}
