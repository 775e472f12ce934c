using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Models;

/// <summary>
/// A company. Values people filter on are content fields (indexed by the kernel's field indexes, and
/// settable in the type editor); structured values (addresses, team) are plain properties.
/// </summary>
public sealed class AccountPart : ContentPart
{
    public TextField Name { get; set; } = new();
    public LinkField Website { get; set; } = new();
    /// <summary>The web domain without scheme or "www.", lower case (duplicate detection keys on it).</summary>
    public TextField Domain { get; set; } = new();
    public OptionsField Industry { get; set; } = new();
    /// <summary>"1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+".</summary>
    public OptionsField SizeBand { get; set; } = new();
    public MoneyField AnnualRevenue { get; set; } = new();
    /// <summary>"Strategic", "Enterprise", "Mid-market", "SMB".</summary>
    public OptionsField Segment { get; set; } = new();
    /// <summary>"Prospect", "Customer", "Partner", "Churned".</summary>
    public OptionsField LifecycleStage { get; set; } = new();
    public PhoneField Phone { get; set; } = new();
    /// <summary>The parent company (hierarchy), an Account.</summary>
    public ContentPickerField ParentAccount { get; set; } = new();
    public TagsField Tags { get; set; } = new();
    public MarkdownField Description { get; set; } = new();

    public Address BillingAddress { get; set; } = new();
    public Address ShippingAddress { get; set; } = new();

    /// <summary>The account team besides the owner (the item's Owner is the account owner).</summary>
    public List<AccountTeamMember> Team { get; set; } = [];
}

/// <param name="UserName">The user's name (as item owners are recorded).</param>
/// <param name="Role">"Account executive", "Customer success", "Solutions engineer", "Support", ...</param>
public sealed record AccountTeamMember(string UserName, string Role);
