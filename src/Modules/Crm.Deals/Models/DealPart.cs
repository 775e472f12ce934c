using System.Text.Json.Serialization;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Deals.Models;

/// <summary>
/// A deal. The deal's owner is the item's <see cref="ContentItem.Owner"/> (a user name, as for accounts).
/// Values people filter on are content fields; the derived values at the end are set by the module's
/// content handler on every save (whoever saves: board, editor, API, recipe) and should not be set by callers.
/// </summary>
public sealed class DealPart : ContentPart
{
    public TextField Name { get; set; } = new();
    /// <summary>The Account the deal is with.</summary>
    public ContentPickerField Account { get; set; } = new();
    /// <summary>The pipeline id (a <see cref="Pipeline.Id"/> slug); the default pipeline when empty.</summary>
    public string? PipelineId { get; set; }
    /// <summary>The stage id (a <see cref="StageDefinition.Id"/> of the pipeline); its first stage when empty.</summary>
    public string? StageId { get; set; }
    /// <summary>The deal value; computed from <see cref="LineItems"/> when there are any.</summary>
    public MoneyField Amount { get; set; } = new();
    public DateField ExpectedCloseDate { get; set; } = new();
    /// <summary>One of the field's options (<see cref="DealSources.Defaults"/> unless the site changed them).</summary>
    public OptionsField Source { get; set; } = new();
    public TextField NextStep { get; set; } = new();
    public DateField NextActivityDate { get; set; } = new();
    /// <summary>"Low", "Normal", "High".</summary>
    public OptionsField Priority { get; set; } = new();
    public TagsField Tags { get; set; } = new();
    /// <summary>Required when the deal is in a closed stage: one of the won or lost reasons of <c>DealSettings</c>.</summary>
    public TextField CloseReason { get; set; } = new();
    /// <summary>Required when the deal is closed lost: who it was lost to.</summary>
    public TextField Competitor { get; set; } = new();
    /// <summary>Last activity recorded on the deal itself (imports); activities linked to the deal count too (see IDealQueries).</summary>
    public DateTimeField LastActivityUtc { get; set; } = new();

    public List<DealLineItem> LineItems { get; set; } = [];

    // Derived on save by DealContentHandler.
    /// <summary>The stage's win probability at the last save (percent).</summary>
    public int Probability { get; set; }
    /// <summary>The stage's forecast category at the last save.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<ForecastCategory>))]
    public ForecastCategory ForecastCategory { get; set; }
    /// <summary><see cref="DealStatuses"/>: Open, Won or Lost.</summary>
    public string Status { get; set; } = DealStatuses.Open;
    /// <summary>When the deal entered its current stage.</summary>
    public DateTime? StageEnteredUtc { get; set; }
    /// <summary>When the deal was closed (won or lost); null while open.</summary>
    public DateTime? ClosedUtc { get; set; }
}

/// <param name="Product">What is sold.</param>
/// <param name="Discount">Discount in percent, 0-100.</param>
public sealed record DealLineItem(string Product, decimal Quantity, decimal UnitPrice, decimal Discount = 0)
{
    /// <summary>Quantity × unit price less the discount, rounded to cents.</summary>
    [JsonIgnore]
    public decimal Total => Math.Round(Quantity * UnitPrice * (100m - Discount) / 100m, 2, MidpointRounding.AwayFromZero);
}

public static class DealPriorities
{
    public static readonly IReadOnlyList<string> All = ["Low", "Normal", "High"];
}

public static class DealSources
{
    public static readonly IReadOnlyList<string> Defaults = ["Inbound", "Outbound", "Referral", "Partner", "Event", "Existing customer"];
}
