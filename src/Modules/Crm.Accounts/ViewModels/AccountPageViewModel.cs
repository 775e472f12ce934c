using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.ViewModels;

/// <summary>Everything the account 360 page shows.</summary>
public sealed class AccountPageViewModel
{
    public required ContentItem Item { get; init; }
    public required AccountPart Account { get; init; }
    public AccountRef? Parent { get; init; }
    public required IReadOnlyList<AccountStakeholder> Stakeholders { get; init; }
    public required AccountActivitySectionViewModel Activity { get; init; }
    public required AccountHierarchyViewModel Hierarchy { get; init; }
    public required IReadOnlyList<IAccountPageSlot> Slots { get; init; }
    public bool CanEdit { get; init; }
}
