using OrchardCrm.Accounts.Services;

namespace OrchardCrm.Accounts.ViewModels;

/// <summary>One page of an account's timeline, with the kind it is filtered on (null: all).</summary>
public sealed record AccountTimelineViewModel(string AccountId, string? Kind, TimelinePage Page)
{
    public string Url(int page) =>
        $"/admin/accounts/{Uri.EscapeDataString(AccountId)}/timeline?page={page}" + (Kind is null ? "" : "&kind=" + Uri.EscapeDataString(Kind));
}

/// <summary>The quick-add form and the timeline, swapped together after an add.</summary>
public sealed record AccountActivitySectionViewModel(string AccountId, AccountQuickAddForm Form, AccountTimelineViewModel Timeline, string? Added = null);
