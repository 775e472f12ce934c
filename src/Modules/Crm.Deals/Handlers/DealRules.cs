using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.Handlers;

/// <summary>The deal's own rules, shared by the content handler and the move service.</summary>
public static class DealRules
{
    /// <summary>Checks the line items (keys "DealPart.LineItems[i].Quantity"...) and, when there are any, sets the amount to their total.</summary>
    public static void ApplyLineItems(DealPart deal, ContentValidationResult validation)
    {
        if (deal.LineItems.Count == 0) return;
        for (var i = 0; i < deal.LineItems.Count; i++)
        {
            var line = deal.LineItems[i];
            var at = $"DealPart.LineItems[{i}].";
            if (line is null) { validation.Fail($"DealPart.LineItems[{i}]", "is empty."); continue; }
            if (string.IsNullOrWhiteSpace(line.Product)) validation.Fail(at + "Product", "is required.");
            if (line.Quantity <= 0) validation.Fail(at + "Quantity", "must be more than 0.");
            if (line.UnitPrice < 0) validation.Fail(at + "UnitPrice", "must be 0 or more.");
            if (line.Discount is < 0 or > 100) validation.Fail(at + "Discount", "must be between 0 and 100 (percent).");
        }
        if (!validation.Succeeded) return;
        deal.Amount.Amount = deal.LineItems.Sum(l => l.Total);
    }

    /// <summary>
    /// A closed stage needs a reason from the won or lost list, and a lost deal the competitor it was lost
    /// to. Fields are "CloseReason" and "Competitor" (callers prefix or lower-case them).
    /// </summary>
    public static IEnumerable<FieldError> CloseErrors(StageDefinition stage, string? reason, string? competitor, DealSettings settings)
    {
        if (!stage.IsClosed) yield break;
        var won = stage.ForecastCategory == ForecastCategory.ClosedWon;
        var reasons = won ? settings.WonReasons : settings.LostReasons;
        if (string.IsNullOrWhiteSpace(reason))
            yield return new FieldError("CloseReason", $"Give the reason the deal was {(won ? "won" : "lost")} (one of: {string.Join(", ", reasons)}).");
        else if (!reasons.Contains(reason.Trim(), StringComparer.OrdinalIgnoreCase))
            yield return new FieldError("CloseReason", $"'{reason}' is not a {(won ? "won" : "lost")} reason (one of: {string.Join(", ", reasons)}).");
        if (!won && string.IsNullOrWhiteSpace(competitor))
            yield return new FieldError("Competitor", "Name the competitor the deal was lost to (or \"None\").");
    }
}
