using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Models;

/// <summary>A person. Linked to one or more accounts, each link with its own title and role.</summary>
public sealed class ContactPart : ContentPart
{
    public TextField FirstName { get; set; } = new();
    public TextField LastName { get; set; } = new();
    public TextField JobTitle { get; set; } = new();
    public TextField Department { get; set; } = new();
    /// <summary>The primary e-mail, mirrored from <see cref="Emails"/> so that it is indexed and filterable.</summary>
    public EmailField Email { get; set; } = new();
    public PhoneField Phone { get; set; } = new();
    /// <summary>"Email", "Phone", "Meeting", "Chat".</summary>
    public OptionsField PreferredChannel { get; set; } = new();
    public BooleanField MarketingConsent { get; set; } = new();
    public DateField MarketingConsentDate { get; set; } = new();
    public TextField Language { get; set; } = new();
    public TextField TimeZone { get; set; } = new();
    /// <summary>The contact this person reports to (org chart), a Contact.</summary>
    public ContentPickerField ReportsTo { get; set; } = new();
    /// <summary>The accounts of the links, mirrored from <see cref="Accounts"/> so that they are indexed.</summary>
    public ContentPickerField AccountIds { get; set; } = new();

    public List<ContactEmail> Emails { get; set; } = [];
    public List<ContactPhone> Phones { get; set; } = [];
    public List<string> SocialLinks { get; set; } = [];
    public List<ContactAccountLink> Accounts { get; set; } = [];
    /// <summary>Communication preferences: channel or topic → allowed, with when it was given.</summary>
    public List<CommunicationPreference> Preferences { get; set; } = [];

    // Computed from the fields: never stored, so it cannot go stale.
    [System.Text.Json.Serialization.JsonIgnore]
    public string FullName => $"{FirstName.Text} {LastName.Text}".Trim();
}

public sealed record ContactEmail(string Address, bool Primary);

public sealed record ContactPhone(string Number, string Kind, bool Primary);

/// <param name="Role">Buying-committee role at this account ("Decision maker", "Champion", ...).</param>
/// <param name="Current">False when the person has left the company (kept for history).</param>
public sealed record ContactAccountLink(string AccountId, string? Title, string? Role, bool Current);

public sealed record CommunicationPreference(string Topic, bool Allowed, DateTime ChangedUtc);
