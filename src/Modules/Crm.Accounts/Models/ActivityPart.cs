using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.Models;

/// <summary>An interaction: a call, e-mail, meeting, site visit, product demo or note.</summary>
public sealed class ActivityPart : ContentPart
{
    /// <summary>One of <see cref="ActivityKinds"/>.</summary>
    public OptionsField Kind { get; set; } = new();
    public DateTimeField OccurredUtc { get; set; } = new();
    public NumericField DurationMinutes { get; set; } = new();
    public TextField Outcome { get; set; } = new();
    public ContentPickerField Account { get; set; } = new();
    public ContentPickerField Contacts { get; set; } = new();
    /// <summary>A deal (from the Deals module), when the activity belongs to one.</summary>
    public ContentPickerField Deal { get; set; } = new();
    public UserPickerField Participants { get; set; } = new();
    public MarkdownField Body { get; set; } = new();
}

public static class ActivityKinds
{
    public const string Call = "Call";
    public const string Email = "Email";
    public const string Meeting = "Meeting";
    public const string SiteVisit = "Site visit";
    public const string Demo = "Product demo";
    public const string Note = "Note";

    public static readonly IReadOnlyList<string> All = [Call, Email, Meeting, SiteVisit, Demo, Note];
}
