using System.Globalization;
using System.Text.Json.Nodes;

namespace OrchardCrm.Contents.Editors.Kinds;

/// <summary>An amount and an ISO 4217 currency code (the settings' default when left blank).</summary>
public sealed class MoneyFieldEditor : IFieldEditor
{
    /// <summary>Offered in the currency box's suggestions; any ISO code may be typed.</summary>
    public static readonly string[] CommonCurrencies = ["EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "INR", "BRL"];

    public string FieldKind => ContentManagement.FieldKinds.Money;
    public string Partial => "MoneyField";

    public JsonObject Bind(FieldBindingContext context)
    {
        var field = context.Start();
        var amount = context.Value("Amount")?.Trim();
        if (string.IsNullOrEmpty(amount)) field.Remove("Amount");
        else if (FieldValues.TryParseNumber(amount, out var number)) field["Amount"] = number;
        else context.Fail($"{context.DisplayName} must be an amount (a number); '{amount}' is not one.");

        var currency = context.Value("Currency")?.Trim();
        // Without an amount a currency means nothing; with one, a blank currency takes the default (the kernel fills it).
        if (string.IsNullOrEmpty(currency) || field["Amount"] is null) field.Remove("Currency");
        else field["Currency"] = currency.ToUpperInvariant();
        return field;
    }

    public ValueTask<string> DisplayAsync(JsonObject? field, CancellationToken cancellationToken)
    {
        if (FieldValues.Number(field, "Amount") is not { } amount) return ValueTask.FromResult("");
        var text = amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return ValueTask.FromResult(FieldValues.String(field, "Currency") is { Length: > 0 } currency ? $"{text} {currency}" : text);
    }
}
