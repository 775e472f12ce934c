using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Accounts.Indexes;

/// <summary>One row per account version: what lists, duplicate detection and the hierarchy look up.</summary>
[MapIndexColumns(nameof(ParentAccountId))]
[MapIndexColumns(nameof(Domain))]
[MapIndexColumns(nameof(Name))]
public sealed class AccountIndex : MapIndex
{
    /// <summary>The account name in lower case (case-insensitive search and duplicate checks).</summary>
    public string? Name { get; set; }
    public string? Domain { get; set; }
    public string? Industry { get; set; }
    public string? LifecycleStage { get; set; }
    /// <summary>The item's owner (user name), for "my accounts" and the own/team filter.</summary>
    public string? Owner { get; set; }
    public string? ParentAccountId { get; set; }
}

public sealed class AccountIndexProvider : IndexProvider<AccountIndex>
{
    public override IEnumerable<AccountIndex> Map(ContentItem item)
    {
        if (item.ContentType != AccountTypes.Account) yield break;
        var account = item.As<AccountPart>();
        yield return new AccountIndex
        {
            Name = IndexText.Lower(account.Name.Text),
            Domain = IndexText.Lower(account.Domain.Text),
            Industry = account.Industry.Values.FirstOrDefault(),
            LifecycleStage = account.LifecycleStage.Values.FirstOrDefault(),
            Owner = item.Owner,
            ParentAccountId = account.ParentAccount.ContentItemIds.FirstOrDefault(),
        };
    }
}
