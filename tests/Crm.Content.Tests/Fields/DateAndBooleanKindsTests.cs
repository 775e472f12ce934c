using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Fields.Kinds;
using static OrchardCrm.Content.Tests.Fields.FieldKindTesting;

namespace OrchardCrm.Content.Tests.Fields;

public sealed class DateAndBooleanKindsTests
{
    [Fact]
    public async Task A_date_must_be_an_iso_date()
    {
        var kind = new DateFieldKind();
        var field = Field(FieldKinds.Date, "Close date", s => s.Required = true);

        Assert.Empty(await ValidateAsync(kind, field, """{ "Value": "2026-12-04" }"""));
        Assert.Equal(["Close date must be a date (YYYY-MM-DD); '04/12/2026' is not one."], await ValidateAsync(kind, field, """{ "Value": "04/12/2026" }"""));
        Assert.Equal(["Close date must be a date (YYYY-MM-DD); '2026-02-30' is not one."], await ValidateAsync(kind, field, """{ "Value": "2026-02-30" }"""));
        Assert.Equal(["Close date must be a date (YYYY-MM-DD)."], await ValidateAsync(kind, field, """{ "Value": 20261204 }"""));
        Assert.Equal(["Close date is required."], await ValidateAsync(kind, field, "{}"));
    }

    [Fact]
    public void A_date_is_indexed_at_midnight_utc_and_a_date_time_given_is_cut_to_its_date()
    {
        var kind = new DateFieldKind();
        var entry = Assert.Single(kind.Index(Json("""{ "Value": "2026-12-04" }"""), new()));
        Assert.Equal(FieldIndexKind.Date, entry.Kind);
        var value = Assert.IsType<DateTime>(entry.Value);
        Assert.Equal(new DateTime(2026, 12, 4, 0, 0, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);

        Assert.Equal("""{"Value":"2026-12-04"}""", Normalize(kind, Field(FieldKinds.Date, "Close date"), """{ "Value": "2026-12-04T00:00:00" }"""));
        Assert.Equal("2026-12-04", kind.ToDisplayText(Json("""{ "Value": "2026-12-04" }""")));
    }

    [Fact]
    public void A_date_time_is_stored_and_indexed_in_utc()
    {
        var kind = new DateTimeFieldKind();
        var field = Field(FieldKinds.DateTime, "Meeting");

        Assert.Equal("""{"Value":"2026-12-04T08:30:00Z"}""", Normalize(kind, field, """{ "Value": "2026-12-04T09:30:00+01:00" }"""));
        var entry = Assert.Single(kind.Index(Json("""{ "Value": "2026-12-04T08:30:00Z" }"""), new()));
        var value = Assert.IsType<DateTime>(entry.Value);
        Assert.Equal(new DateTime(2026, 12, 4, 8, 30, 0, DateTimeKind.Utc), value);
        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal("2026-12-04T08:30:00Z", kind.ToDisplayText(Json("""{ "Value": "2026-12-04T08:30:00Z" }""")));
    }

    [Fact]
    public async Task A_date_time_that_is_not_iso_is_refused()
    {
        var errors = await ValidateAsync(new DateTimeFieldKind(), Field(FieldKinds.DateTime, "Meeting"), """{ "Value": "next tuesday" }""");
        Assert.Equal(["Meeting must be a date and time (ISO 8601, e.g. 2026-12-04T09:30:00Z); 'next tuesday' is not one."], errors);
    }

    [Fact]
    public async Task A_boolean_is_true_or_false_indexed_as_such_and_shown_as_yes_or_no()
    {
        var kind = new BooleanFieldKind();
        var field = Field(FieldKinds.Boolean, "Key account");

        Assert.Equal(["Key account must be true or false."], await ValidateAsync(kind, field, """{ "Value": "yes" }"""));
        Assert.Empty(await ValidateAsync(kind, field, """{ "Value": false }"""));
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Boolean, true)], kind.Index(Json("""{ "Value": true }"""), new()));
        Assert.Equal("yes", kind.ToDisplayText(Json("""{ "Value": true }""")));
        Assert.Equal("no", kind.ToDisplayText(Json("""{ "Value": false }""")));
        Assert.Equal("""{"Value":true}""", kind.CreateDefault(new() { DefaultValue = "true" })!.ToJsonString());
    }
}
