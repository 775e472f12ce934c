using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Indexes;

namespace OrchardCrm.Accounts.Indexes;

/// <summary>
/// One row per account team member of an account version, so "the accounts I am on the team of" is a
/// sub-query in SQL (the team itself is a list inside the document, which the database cannot see).
/// </summary>
[MapIndexColumns(nameof(UserName))]
public sealed class AccountTeamIndex : MapIndex
{
    /// <summary>The member's user name in lower case (user names compare without case).</summary>
    public string? UserName { get; set; }
    public string? Role { get; set; }
}

public sealed class AccountTeamIndexProvider : IndexProvider<AccountTeamIndex>
{
    public override IEnumerable<AccountTeamIndex> Map(ContentItem item)
    {
        if (item.ContentType != AccountTypes.Account) return [];
        return item.As<AccountPart>().Team
            .Select(member => new AccountTeamIndex { UserName = IndexText.Lower(member.UserName), Role = member.Role })
            .Where(row => row.UserName is not null)
            .DistinctBy(row => row.UserName)
            .ToList();
    }
}
