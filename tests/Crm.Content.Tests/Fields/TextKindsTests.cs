using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Fields.Kinds;
using static OrchardCrm.Content.Tests.Fields.FieldKindTesting;

namespace OrchardCrm.Content.Tests.Fields;

public sealed class TextKindsTests
{
    [Fact]
    public async Task A_required_text_left_blank_names_the_field()
    {
        var field = Field(FieldKinds.Text, "Industry", s => s.Required = true);
        var kind = new TextFieldKind();

        Assert.Equal(["Industry is required."], await ValidateAsync(kind, field, """{ "Text": "   " }"""));
        Assert.Equal(["Industry is required."], await ValidateAsync(kind, field, null));
        Assert.Empty(await ValidateAsync(kind, field, """{ "Text": "Retail" }"""));
    }

    [Fact]
    public async Task Text_longer_than_max_length_is_refused()
    {
        var field = Field(FieldKinds.Text, "Industry", s => s.MaxLength = 5);
        Assert.Equal(["Industry must be at most 5 characters long."], await ValidateAsync(new TextFieldKind(), field, """{ "Text": "Manufacturing" }"""));
    }

    [Fact]
    public async Task A_number_in_a_text_field_is_a_validation_error()
    {
        var field = Field(FieldKinds.Text, "Industry");
        Assert.Equal(["Industry must be text."], await ValidateAsync(new TextFieldKind(), field, """{ "Text": 12 }"""));
    }

    [Fact]
    public void Single_line_text_loses_its_line_breaks_but_a_text_area_keeps_them()
    {
        var kind = new TextFieldKind();
        Assert.Equal("""{"Text":"Line one Line two"}""", Normalize(kind, Field(FieldKinds.Text, "Name"), """{ "Text": "  Line one\nLine two  " }"""));
        Assert.Equal("""{"Text":"Line one\nLine two"}""", Normalize(kind, Field(FieldKinds.Text, "Notes", s => s.Editor = "TextArea"), """{ "Text": "Line one\nLine two" }"""));
        Assert.Equal("{}", Normalize(kind, Field(FieldKinds.Text, "Name"), """{ "Text": "   " }"""));
    }

    [Fact]
    public void Text_is_indexed_and_shown_as_written_and_blank_text_is_not_indexed()
    {
        var kind = new TextFieldKind();
        var settings = Field(FieldKinds.Text, "Industry").FieldSettings;
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Text, "Retail")], kind.Index(Json("""{ "Text": "Retail" }"""), settings));
        Assert.Empty(kind.Index(Json("""{ "Text": "" }"""), settings));
        Assert.Empty(kind.Index(null, settings));
        Assert.Equal("Retail", kind.ToDisplayText(Json("""{ "Text": "Retail" }""")));
    }

    [Fact]
    public void The_default_value_fills_a_new_field()
    {
        var kind = new TextFieldKind();
        Assert.Equal("""{"Text":"Prospect"}""", kind.CreateDefault(Field(FieldKinds.Text, "Status", s => s.DefaultValue = "Prospect").FieldSettings)!.ToJsonString());
        Assert.Null(kind.CreateDefault(Field(FieldKinds.Text, "Status").FieldSettings));
    }

    [Fact]
    public void Html_loses_scripts_and_event_handlers_but_keeps_formatting()
    {
        var normalized = Normalize(new HtmlFieldKind(), Field(FieldKinds.Html, "Summary"),
            """{ "Html": "<p onclick=\"steal()\">Good <b>deal</b></p><script>alert('x')</script><a href=\"javascript:alert(1)\">link</a>" }""");
        var html = Json(normalized)["Html"]!.GetValue<string>();

        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<b>deal</b>", html);
    }

    [Fact]
    public async Task Html_is_indexed_as_its_words_and_empty_markup_counts_as_no_value()
    {
        var kind = new HtmlFieldKind();
        var field = Field(FieldKinds.Html, "Summary", s => s.Required = true);

        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Text, "Good deal & more")],
            kind.Index(Json("""{ "Html": "<p>Good <b>deal</b> &amp; more</p>" }"""), field.FieldSettings));
        Assert.Equal(["Summary is required."], await ValidateAsync(kind, field, """{ "Html": "<p> </p>" }"""));
    }

    [Fact]
    public void Markdown_is_indexed_and_shown_without_its_markup()
    {
        var kind = new MarkdownFieldKind();
        var json = Json("""{ "Markdown": "# Plan\n\nSee **the** [proposal](https://example.com/p)." }""");
        Assert.Equal("Plan See the proposal.", kind.ToDisplayText(json));
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Text, "Plan See the proposal.")], kind.Index(json, new()));
    }

    [Theory]
    [InlineData("ada@example.com", true)]
    [InlineData("ada.lovelace+crm@mail.example.co.uk", true)]
    [InlineData("ada@", false)]
    [InlineData("ada example.com", false)]
    [InlineData("ada@example", false)]
    [InlineData("@example.com", false)]
    public async Task Email_must_look_like_an_address(string email, bool valid)
    {
        var errors = await ValidateAsync(new EmailFieldKind(), Field(FieldKinds.Email, "Work email"), $$"""{ "Email": "{{email}}" }""");
        if (valid) Assert.Empty(errors);
        else Assert.Equal(["Work email must be an email address such as name@example.com."], errors);
    }

    [Fact]
    public void Email_domain_is_stored_in_lower_case()
    {
        Assert.Equal("""{"Email":"Ada@example.com"}""", Normalize(new EmailFieldKind(), Field(FieldKinds.Email, "Email"), """{ "Email": " Ada@EXAMPLE.com " }"""));
    }

    [Theory]
    [InlineData("+49 (30) 1234-567", true)]
    [InlineData("030.123.45", true)]
    [InlineData("1234", false)]
    [InlineData("+49 30 CALL-ME", false)]
    [InlineData("49+30 12345", false)]
    public async Task Phone_takes_digits_and_separators_with_at_least_five_digits(string phone, bool valid)
    {
        var errors = await ValidateAsync(new PhoneFieldKind(), Field(FieldKinds.Phone, "Mobile"), $$"""{ "Phone": "{{phone}}" }""");
        if (valid) Assert.Empty(errors);
        else Assert.Equal(["Mobile must be a phone number: at least 5 digits, with only spaces and + ( ) - . between them."], errors);
    }

    [Theory]
    [InlineData("https://example.com/about", true)]
    [InlineData("http://example.com", true)]
    [InlineData("mailto:sales@example.com", true)]
    [InlineData("example.com", false)]
    [InlineData("ftp://example.com", false)]
    [InlineData("javascript:alert(1)", false)]
    public async Task Link_must_be_an_absolute_web_or_mail_address(string url, bool valid)
    {
        var errors = await ValidateAsync(new LinkFieldKind(), Field(FieldKinds.Link, "Website"), $$"""{ "Url": "{{url}}", "Text": "Site" }""");
        if (valid) Assert.Empty(errors);
        else Assert.Equal(["Website must be an absolute http, https or mailto address, such as https://example.com."], errors);
    }

    [Fact]
    public async Task Link_is_indexed_by_its_address_and_shown_with_its_label()
    {
        var kind = new LinkFieldKind();
        var json = Json("""{ "Url": "https://example.com", "Text": "Website" }""");
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Text, "https://example.com")], kind.Index(json, new()));
        Assert.Equal("Website (https://example.com)", kind.ToDisplayText(json));
        Assert.Equal(["Website has a label but no address."], await ValidateAsync(kind, Field(FieldKinds.Link, "Website"), """{ "Text": "Site" }"""));
    }
}
