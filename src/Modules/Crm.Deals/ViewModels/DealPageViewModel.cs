using System.ComponentModel.DataAnnotations;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>Everything the deal page shows.</summary>
public sealed class DealPageViewModel
{
    public required ContentItem Item { get; init; }
    public required DealPart Deal { get; init; }
    public DealCard? Card { get; init; }
    public Pipeline? Pipeline { get; init; }
    public StageDefinition? Stage { get; init; }
    public string? AccountName { get; init; }
    public required CommitteeAnalysis Committee { get; init; }
    /// <summary>Contact names by id (members and the account's people).</summary>
    public required IReadOnlyDictionary<string, string> ContactNames { get; init; }
    /// <summary>The account's current people, for the "add member" select.</summary>
    public required IReadOnlyList<(string Id, string Name)> AccountContacts { get; init; }
    public required IReadOnlyList<string> CommitteeRoles { get; init; }
    public required IReadOnlyList<DealActivityRow> Activities { get; init; }
    public required IReadOnlyList<DealTaskRow> Tasks { get; init; }
    public required IReadOnlyList<DealHistoryRow> History { get; init; }
    public required IReadOnlyList<StageDuration> TimeInStages { get; init; }
    public required IReadOnlyList<IDealPageSlot> Slots { get; init; }
    public required DealQuickAddForm QuickAdd { get; init; }
    public required CommitteeMemberForm MemberForm { get; init; }
    public string? Added { get; init; }
    public bool CanEdit { get; init; }
    public required DateTime NowUtc { get; init; }

    public string ContactName(string id) => ContactNames.TryGetValue(id, out var name) ? name : id;
}

public sealed record DealActivityRow(string Id, string Kind, DateTime? OccurredUtc, string Title, string? Who);

public sealed record DealTaskRow(string Id, string Title, DateTime? DueUtc, string Status, bool IsOpen);

/// <param name="TimeInStage">For a row that changed the stage: how long the deal stayed in the stage it entered.</param>
public sealed record DealHistoryRow(DealHistoryEntry Entry, TimeSpan? TimeInStage);

/// <summary>The deal page's quick add: an activity logged against the deal (and its account), or a task on it.</summary>
public sealed class DealQuickAddForm
{
    public const string TaskKind = Accounts.Services.QuickAddItems.TaskKind;

    public static readonly IReadOnlyList<string> Kinds =
    [
        Accounts.Models.ActivityKinds.Meeting, Accounts.Models.ActivityKinds.SiteVisit, Accounts.Models.ActivityKinds.Demo,
        Accounts.Models.ActivityKinds.Call, Accounts.Models.ActivityKinds.Email, Accounts.Models.ActivityKinds.Note, TaskKind,
    ];

    [Required(ErrorMessage = "Choose what to add.")]
    public string? Kind { get; set; } = Accounts.Models.ActivityKinds.Meeting;

    [Required(ErrorMessage = "Enter a title or outcome.")]
    [StringLength(200, ErrorMessage = "The title or outcome may be at most 200 characters.")]
    public string? Title { get; set; }

    /// <summary>When it happened (an activity) or is due (a task), UTC.</summary>
    [Required(ErrorMessage = "Enter a date.")]
    public DateTime? Date { get; set; }
}

/// <summary>Adds a committee member or changes one (same contact id).</summary>
public sealed class CommitteeMemberForm
{
    [Required(ErrorMessage = "Choose a contact.")]
    public string? ContactId { get; set; }

    [Required(ErrorMessage = "Choose a role.")]
    public string? Role { get; set; }

    public string Influence { get; set; } = CommitteeInfluence.Medium;
    public string Sentiment { get; set; } = CommitteeSentiment.Neutral;
    public bool IsPrimary { get; set; }
}
