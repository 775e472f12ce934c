using System.Globalization;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement.Fields.Kinds;

/// <summary>
/// <c>{ "Amount": 12500, "Currency": "EUR" }</c>. The currency is an ISO 4217 code, stored in upper
/// case; an amount given without one takes the settings' DefaultCurrency. Minimum and Maximum bound
/// the amount. Indexed as the amount (numeric) and the currency (text, sub-field "Currency").
/// </summary>
public sealed class MoneyFieldKind : IFieldKind
{
    public const string CurrencySubField = "Currency";
    private const string AmountProperty = nameof(MoneyField.Amount);
    private const string CurrencyProperty = nameof(MoneyField.Currency);

    public string Name => FieldKinds.Money;

    public JsonObject? CreateDefault(FieldSettings settings)
    {
        if (!decimal.TryParse(settings.DefaultValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)) return null;
        var field = new JsonObject { [AmountProperty] = amount };
        Normalize(field, settings);
        return field;
    }

    public void Normalize(JsonObject field, FieldSettings settings)
    {
        if (!FieldJson.TryString(field, CurrencyProperty, out var currency)) return;
        var code = CurrencyOf(currency, field, settings);
        if (code is null) field.Remove(CurrencyProperty);
        else field[CurrencyProperty] = code;
    }

    public ValueTask ValidateAsync(FieldValidationContext context)
    {
        var name = context.Definition.DisplayName;
        var amountRead = FieldJson.TryDecimal(context.Field, AmountProperty, out var amount);
        var currencyRead = FieldJson.TryString(context.Field, CurrencyProperty, out var currency);
        if (!amountRead) context.Fail($"{name} must be an amount (a number).");
        if (!currencyRead) context.Fail($"{name} must have a currency code such as EUR.");
        if (!amountRead || !currencyRead) return ValueTask.CompletedTask;

        if (amount is null)
        {
            if (context.Settings.Required) context.Fail(FieldMessages.Required(context));
            return ValueTask.CompletedTask;
        }
        FieldMessages.CheckRange(context, amount.Value);

        var code = CurrencyOf(currency, context.Field, context.Settings);
        if (code is null) context.Fail($"{name} needs a currency (an ISO 4217 code such as EUR).");
        else if (!CurrencyCodes.IsKnown(code)) context.Fail($"{name}: '{currency?.Trim() ?? code}' is not an ISO 4217 currency code.");
        return ValueTask.CompletedTask;
    }

    public IEnumerable<FieldIndexEntry> Index(JsonObject? field, FieldSettings settings)
    {
        if (!FieldJson.TryDecimal(field, AmountProperty, out var amount) || amount is null) yield break;
        yield return new FieldIndexEntry(FieldIndexKind.Numeric, amount.Value);
        if (FieldJson.TryString(field, CurrencyProperty, out var currency) && !string.IsNullOrWhiteSpace(currency))
            yield return new FieldIndexEntry(FieldIndexKind.Text, currency.Trim().ToUpperInvariant(), CurrencySubField);
    }

    public string ToDisplayText(JsonObject? field)
    {
        if (!FieldJson.TryDecimal(field, AmountProperty, out var amount) || amount is null) return "";
        var text = amount.Value.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return FieldJson.TryString(field, CurrencyProperty, out var currency) && !string.IsNullOrWhiteSpace(currency)
            ? $"{text} {currency.Trim().ToUpperInvariant()}"
            : text;
    }

    /// <summary>The currency as stored: the given code in upper case, else the default when there is an amount.</summary>
    private static string? CurrencyOf(string? given, JsonObject? field, FieldSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(given)) return given.Trim().ToUpperInvariant();
        var hasAmount = FieldJson.TryDecimal(field, AmountProperty, out var amount) && amount is not null;
        return hasAmount && !string.IsNullOrWhiteSpace(settings.DefaultCurrency) ? settings.DefaultCurrency.Trim().ToUpperInvariant() : null;
    }
}
