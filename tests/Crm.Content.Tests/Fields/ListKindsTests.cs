using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Fields.Kinds;
using static OrchardCrm.Content.Tests.Fields.FieldKindTesting;

namespace OrchardCrm.Content.Tests.Fields;

public sealed class ListKindsTests
{
    [Fact]
    public async Task An_option_must_be_one_of_the_settings_options()
    {
        var field = Field(FieldKinds.Options, "Industry", s => s.Options = ["Retail", "Tech", "Finance"]);
        var errors = await ValidateAsync(new OptionsFieldKind(), field, """{ "Values": ["Mining"] }""");
        Assert.Equal(["'Mining' is not an option of Industry; choose among Retail, Tech, Finance."], errors);
    }

    [Fact]
    public async Task Several_options_need_the_multiple_setting()
    {
        var kind = new OptionsFieldKind();
        var single = Field(FieldKinds.Options, "Industry", s => s.Options = ["Retail", "Tech"]);
        var multiple = Field(FieldKinds.Options, "Industries", s => { s.Options = ["Retail", "Tech"]; s.Multiple = true; s.Maximum = 1; });

        Assert.Equal(["Industry accepts only one value."], await ValidateAsync(kind, single, """{ "Values": ["Retail", "Tech"] }"""));
        Assert.Equal(["Industries accepts at most 1 value."], await ValidateAsync(kind, multiple, """{ "Values": ["Retail", "Tech"] }"""));
    }

    [Fact]
    public void Options_take_the_spelling_of_the_option_and_are_indexed_one_per_value()
    {
        var kind = new OptionsFieldKind();
        var field = Field(FieldKinds.Options, "Industries", s => { s.Options = ["Retail", "Tech"]; s.Multiple = true; });

        Assert.Equal("""{"Values":["Retail","Tech"]}""", Normalize(kind, field, """{ "Values": [" retail ", "TECH", "Retail"] }"""));
        Assert.Equal(
            [new FieldIndexEntry(FieldIndexKind.Text, "Retail"), new FieldIndexEntry(FieldIndexKind.Text, "Tech")],
            kind.Index(Json("""{ "Values": ["Retail", "Tech"] }"""), field.FieldSettings));
        Assert.Equal("Retail, Tech", kind.ToDisplayText(Json("""{ "Values": ["Retail", "Tech"] }""")));
    }

    [Fact]
    public async Task A_required_options_field_with_no_choice_is_refused()
    {
        var field = Field(FieldKinds.Options, "Industry", s => { s.Options = ["Retail"]; s.Required = true; });
        Assert.Equal(["Industry is required."], await ValidateAsync(new OptionsFieldKind(), field, """{ "Values": [] }"""));
        Assert.Equal(["Industry must be a list of options."], await ValidateAsync(new OptionsFieldKind(), field, """{ "Values": "Retail" }"""));
    }

    [Fact]
    public void Tags_are_trimmed_blank_ones_dropped_and_duplicates_removed_whatever_their_case()
    {
        Assert.Equal("""{"Tags":["Retail","Tech"]}""",
            Normalize(new TagsFieldKind(), Field(FieldKinds.Tags, "Tags"), """{ "Tags": [" Retail ", "", "retail", "Tech", "  ", "TECH"] }"""));
    }

    [Fact]
    public async Task The_number_of_tags_is_bounded_by_minimum_and_maximum()
    {
        var kind = new TagsFieldKind();
        var field = Field(FieldKinds.Tags, "Tags", s => { s.Minimum = 2; s.Maximum = 3; });

        Assert.Equal(["Tags needs at least 2 values."], await ValidateAsync(kind, field, """{ "Tags": ["a"] }"""));
        Assert.Equal(["Tags accepts at most 3 values."], await ValidateAsync(kind, field, """{ "Tags": ["a", "b", "c", "d"] }"""));
        Assert.Empty(await ValidateAsync(kind, field, """{ "Tags": ["a", "b", "A"] }"""));
    }

    [Fact]
    public void Tags_are_indexed_one_entry_each_and_shown_joined()
    {
        var kind = new TagsFieldKind();
        var json = Json("""{ "Tags": ["Retail", "Tech"] }""");
        Assert.Equal([new FieldIndexEntry(FieldIndexKind.Text, "Retail"), new FieldIndexEntry(FieldIndexKind.Text, "Tech")], kind.Index(json, new()));
        Assert.Equal("Retail, Tech", kind.ToDisplayText(json));
        Assert.Empty(kind.Index(Json("""{ "Tags": [] }"""), new()));
        Assert.Equal("""{"Tags":["Retail","Tech"]}""", kind.CreateDefault(new() { DefaultValue = "Retail, Tech" })!.ToJsonString());
    }
}
