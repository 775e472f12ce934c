namespace OrchardCrm.Accounts.ViewModels;

public sealed record AccountRef(string Id, string Name);

/// <summary>Counts summed over an account and every account below it.</summary>
public sealed record AccountRollup(int Accounts, int Contacts, int OpenTasks, int RecentActivities);

public sealed record AccountChildRow(AccountRef Account, AccountRollup Rollup);

/// <param name="Parents">The parent chain, the top-most first.</param>
/// <param name="Children">The direct children, each with the counts of its subtree.</param>
/// <param name="Total">The counts of this account and its whole subtree.</param>
public sealed record AccountHierarchyViewModel(IReadOnlyList<AccountRef> Parents, IReadOnlyList<AccountChildRow> Children, AccountRollup Total)
{
    public const int RecentDays = 90;
}
