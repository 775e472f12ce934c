using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.ViewModels;

/// <summary>A contact's link to an account, with the account's name when it still exists.</summary>
public sealed record ContactAccountRow(ContactAccountLink Link, string? AccountName);

/// <summary>Everything the contact page shows.</summary>
public sealed class ContactPageViewModel
{
    public required ContentItem Item { get; init; }
    public required ContactPart Contact { get; init; }
    public required IReadOnlyList<ContactAccountRow> Accounts { get; init; }
    public AccountRef? ReportsTo { get; init; }
    public required IReadOnlyList<AccountRef> DirectReports { get; init; }
    /// <summary>The contact's activities, newest first, one page.</summary>
    public required ContentQueryResult Activities { get; init; }
    public bool CanEdit { get; init; }
}
