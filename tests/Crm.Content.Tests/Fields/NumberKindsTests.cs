using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Fields.Kinds;
using static OrchardCrm.Content.Tests.Fields.FieldKindTesting;

namespace OrchardCrm.Content.Tests.Fields;

public sealed class NumberKindsTests
{
    [Fact]
    public async Task Numbers_outside_minimum_and_maximum_are_refused_with_the_bound()
    {
        var field = Field(FieldKinds.Numeric, "Annual revenue", s => { s.Minimum = 0; s.Maximum = 1000000; });
        var kind = new NumericFieldKind();

        Assert.Equal(["Annual revenue must be at least 0."], await ValidateAsync(kind, field, """{ "Value": -5 }"""));
        Assert.Equal(["Annual revenue must be at most 1000000."], await ValidateAsync(kind, field, """{ "Value": 2000000 }"""));
        Assert.Empty(await ValidateAsync(kind, field, """{ "Value": 12500.5 }"""));
    }

    [Fact]
    public async Task A_string_in_a_numeric_field_is_a_validation_error_not_an_exception()
    {
        var field = Field(FieldKinds.Numeric, "Employees", s => s.Required = true);
        var kind = new NumericFieldKind();

        Assert.Equal(["Employees must be a number."], await ValidateAsync(kind, field, """{ "Value": "12" }"""));
        Assert.Equal(["Employees is required."], await ValidateAsync(kind, field, """{ "Value": null }"""));
        Assert.Empty(kind.Index(Json("""{ "Value": "12" }"""), field.FieldSettings));
        Assert.Equal("", kind.ToDisplayText(Json("""{ "Value": "12" }""")));
    }

    [Fact]
    public void Numbers_are_indexed_as_decimals_and_shown_with_thousands()
    {
        var kind = new NumericFieldKind();
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Numeric, 12500.75m)], kind.Index(Json("""{ "Value": 12500.75 }"""), new()));
        Assert.Equal("12,500.75", kind.ToDisplayText(Json("""{ "Value": 12500.75 }""")));
        Assert.Equal("""{"Value":42}""", kind.CreateDefault(new() { DefaultValue = "42" })!.ToJsonString());
    }

    [Fact]
    public void Currency_is_upper_cased_and_the_default_currency_fills_a_missing_one()
    {
        var kind = new MoneyFieldKind();
        var field = Field(FieldKinds.Money, "Deal value", s => s.DefaultCurrency = "eur");

        Assert.Equal("""{"Amount":100,"Currency":"USD"}""", Normalize(kind, field, """{ "Amount": 100, "Currency": " usd " }"""));
        Assert.Equal("""{"Amount":100,"Currency":"EUR"}""", Normalize(kind, field, """{ "Amount": 100 }"""));
        Assert.Equal("{}", Normalize(kind, field, "{}"));
    }

    [Fact]
    public async Task Money_needs_a_real_currency_code()
    {
        var kind = new MoneyFieldKind();
        var field = Field(FieldKinds.Money, "Deal value");

        Assert.Equal(["Deal value: 'EUX' is not an ISO 4217 currency code."], await ValidateAsync(kind, field, """{ "Amount": 100, "Currency": "EUX" }"""));
        Assert.Equal(["Deal value needs a currency (an ISO 4217 code such as EUR)."], await ValidateAsync(kind, field, """{ "Amount": 100 }"""));
        Assert.Empty(await ValidateAsync(kind, field, """{ "Amount": 100, "Currency": "chf" }"""));
        Assert.Empty(await ValidateAsync(kind, Field(FieldKinds.Money, "Deal value", s => s.DefaultCurrency = "GBP"), """{ "Amount": 100 }"""));
    }

    [Fact]
    public async Task Money_amount_is_bounded_required_and_typed()
    {
        var kind = new MoneyFieldKind();
        var field = Field(FieldKinds.Money, "Deal value", s => { s.Required = true; s.Minimum = 0; s.DefaultCurrency = "EUR"; });

        Assert.Equal(["Deal value must be at least 0."], await ValidateAsync(kind, field, """{ "Amount": -1, "Currency": "EUR" }"""));
        Assert.Equal(["Deal value is required."], await ValidateAsync(kind, field, """{ "Currency": "EUR" }"""));
        Assert.Equal(["Deal value must be an amount (a number)."], await ValidateAsync(kind, field, """{ "Amount": "lots", "Currency": "EUR" }"""));
    }

    [Fact]
    public void Money_is_indexed_as_amount_and_currency_and_shown_with_both()
    {
        var kind = new MoneyFieldKind();
        var json = Json("""{ "Amount": 12500, "Currency": "EUR" }""");

        Assert.Equal(
            [new FieldIndexEntry(FieldIndexKind.Numeric, 12500m), new FieldIndexEntry(FieldIndexKind.Text, "EUR", "Currency")],
            kind.Index(json, new()));
        Assert.Equal("12,500.00 EUR", kind.ToDisplayText(json));
        Assert.Empty(kind.Index(Json("""{ "Currency": "EUR" }"""), new()));
    }
}
