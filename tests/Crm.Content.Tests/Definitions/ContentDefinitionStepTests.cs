using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Content.Tests.Fields;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Documents;
using OrchardCrm.Recipes;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Definitions;

public sealed class ContentDefinitionStepTests
{
    private static JsonObject Step(string definitions)
    {
        var step = JsonNode.Parse(definitions)!.AsObject();
        step["name"] = "ContentDefinition";
        return step;
    }

    private static RecipeStepContext Context(IServiceProvider sp, JsonObject step, RecipeExecutionState? state = null) =>
        new("test", 1, "ContentDefinition", step, state ?? new RecipeExecutionState(), sp);

    private static IRecipeStepHandler Handler(IServiceProvider sp) =>
        sp.GetServices<IRecipeStepHandler>().Single(h => h.Name == "ContentDefinition");

    private static async Task<RecipeStepContext> RunAsync(IServiceProvider sp, JsonObject step, RecipeExecutionState? state = null)
    {
        var context = Context(sp, step, state);
        await Handler(sp).ValidateAsync(context);
        Assert.Empty(context.Errors);
        await Handler(sp).ExecuteAsync(context);
        return context;
    }

    private static Task<long> SerialAsync(IServiceProvider sp) =>
        sp.GetRequiredService<DocumentStore>().GetSerialAsync(ContentDefinitionManager.DocumentName);

    [Theory, Databases]
    public async Task Orchard_cores_definitions_define_types_parts_and_fields(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var context = await RunAsync(sp, Step(ContentDefinitionJsonTests.OrchardDefinitions));
            Assert.Contains("Account", context.State.ContentTypesDefined);

            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var fields = await definitions.GetFieldsAsync("Account");
            // Positions are "0" and "1" in the recipe; the part AddressPart has no definition, so no fields.
            Assert.Equal(["AnnualRevenue", "Industry"], fields.Select(f => f.Field.Name));
            Assert.Equal(FieldKinds.Money, fields[0].Field.FieldKind);
            Assert.False((await definitions.GetTypeDefinitionAsync("Account"))!.TypeSettings.Draftable);
        });
    }

    [Theory, Databases]
    public async Task Running_the_step_twice_changes_nothing_the_second_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(sp => RunAsync(sp, Step(ContentDefinitionJsonTests.OrchardDefinitions)));
        var serial = await shell.ScopeAsync(SerialAsync);

        await shell.ScopeAsync(sp => RunAsync(sp, Step(ContentDefinitionJsonTests.OrchardDefinitions)));

        Assert.Equal(serial, await shell.ScopeAsync(SerialAsync));
    }

    [Theory, Databases]
    public async Task A_bad_step_is_refused_with_the_path_of_each_problem_and_nothing_is_saved(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var context = Context(sp, Step("""
                {
                  "ContentTypes": [
                    { "DisplayName": "No name" },
                    { "Name": "Bad Name" },
                    { "Name": "Deal", "ContentTypePartDefinitionRecords": [ { "Name": "Deal" } ], "Settings": [] }
                  ],
                  "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Industry" },
                    { "FieldName": "TextField" },
                    { "FieldName": "FooField", "Name": "Foo" },
                    { "FieldName": "NumericField", "Name": "Employees", "Settings": { "NumericFieldSettings": { "Minimum": "many" } } },
                    { "FieldName": "TextField", "Name": "industry" }
                  ] } ]
                }
                """));
            await Handler(sp).ValidateAsync(context);

            Assert.Equal(
            [
                "ContentParts[0].ContentPartFieldDefinitionRecords[1].Name",
                "ContentParts[0].ContentPartFieldDefinitionRecords[2].FieldName",
                "ContentParts[0].ContentPartFieldDefinitionRecords[3].Settings.NumericFieldSettings.Minimum",
                "ContentParts[0].ContentPartFieldDefinitionRecords[4].Name",
                "ContentTypes[0].Name",
                "ContentTypes[1].Name",
                "ContentTypes[2].Settings",
                "ContentTypes[2].ContentTypePartDefinitionRecords[0].PartName",
            ], context.Errors.Select(e => e.Field));
            var unknownKind = context.Errors.Single(e => e.Field.EndsWith("[2].FieldName")).Message;
            Assert.StartsWith("unknown field kind 'FooField'", unknownKind);
            Assert.Contains("TextField", unknownKind);
            Assert.All(context.Errors, e => Assert.Equal("ContentDefinition", e.Step));

            Assert.Empty(await sp.GetRequiredService<IContentDefinitionManager>().ListTypeDefinitionsAsync());
            Assert.Equal(0, await SerialAsync(sp));
        });
    }

    [Theory, Databases]
    public async Task A_field_cannot_change_its_kind(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(sp => RunAsync(sp, Step(ContentDefinitionJsonTests.OrchardDefinitions)));

        await shell.ScopeAsync(async sp =>
        {
            var context = Context(sp, Step("""
                { "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [ { "FieldName": "NumericField", "Name": "Industry" } ] } ] }
                """));
            await Handler(sp).ValidateAsync(context);
            var error = Assert.Single(context.Errors);
            Assert.Equal("ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName", error.Field);
            Assert.Equal("field 'Account.Industry' is a TextField; it cannot become a NumericField. Add a field with another name instead.", error.Message);
        });
    }

    [Theory, Databases]
    public async Task The_step_updates_what_it_names_and_leaves_the_rest(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(sp => RunAsync(sp, Step(ContentDefinitionJsonTests.OrchardDefinitions)));

        await shell.ScopeAsync(sp => RunAsync(sp, Step("""
            {
              "ContentTypes": [ { "Name": "Account", "ContentTypePartDefinitionRecords": [ { "PartName": "TitlePart", "Name": "TitlePart" } ] } ],
              "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Industry", "Settings": { "TextFieldSettings": { "MaxLength": 50 } } },
                { "FieldName": "EmailField", "Name": "Email" }
              ] } ]
            }
            """)));

        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = (await definitions.GetTypeDefinitionAsync("Account"))!;
            Assert.Equal("Account", type.DisplayName);
            Assert.False(type.TypeSettings.Draftable);
            Assert.Equal(["Account", "BillingAddress", "TitlePart"], type.Parts.Select(p => p.Name));
            Assert.Equal(2, type.Parts[2].Position);

            var fields = await definitions.GetFieldsAsync("Account");
            Assert.Equal(["AnnualRevenue", "Industry", "Email"], fields.Select(f => f.Field.Name));
            var industry = fields[1].Field.FieldSettings;
            Assert.Equal(50, industry.MaxLength);
            Assert.True(industry.Required);
        });
    }

    [Theory, Databases]
    public async Task A_modules_field_kind_is_accepted_when_the_recipe_enables_its_feature(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db, FieldKindRegistryTests.AddEchoRatingKind);
        var step = Step("""
            { "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [ { "FieldName": "RatingField", "Name": "Rating" } ] } ] }
            """);
        await shell.ScopeAsync(async sp =>
        {
            var refused = Context(sp, step);
            await Handler(sp).ValidateAsync(refused);
            Assert.Equal(["ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName"], refused.Errors.Select(e => e.Field));

            var state = new RecipeExecutionState();
            state.FeaturesToEnable.Add("Crm.Test.Echo");
            var accepted = Context(sp, step, state);
            await Handler(sp).ValidateAsync(accepted);
            Assert.Empty(accepted.Errors);
        });
    }

    [Theory, Databases]
    public async Task A_recipe_with_a_bad_definition_applies_none_of_its_steps(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        const string recipe = """
            {
              "name": "Accounts", "steps": [
                { "name": "ContentDefinition", "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Industry" } ] } ] },
                { "name": "ContentDefinition", "ContentParts": [ { "Name": "Deal", "ContentPartFieldDefinitionRecords": [ { "FieldName": "FooField", "Name": "Foo" } ] } ] }
              ]
            }
            """;
        var result = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, "test"));

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Position);
        Assert.Equal("ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName", error.Field);
        Assert.Empty(await shell.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().ListPartDefinitionsAsync()));
    }

    [Theory, Databases]
    public async Task A_later_step_cannot_change_the_kind_of_a_field_an_earlier_step_defines(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        const string recipe = """
            {
              "name": "Accounts", "steps": [
                { "name": "ContentDefinition", "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [ { "FieldName": "TextField", "Name": "Industry" } ] } ] },
                { "name": "ContentDefinition", "ContentParts": [ { "Name": "Account", "ContentPartFieldDefinitionRecords": [ { "FieldName": "OptionsField", "Name": "Industry" } ] } ] }
              ]
            }
            """;
        var result = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, "test"));

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "ContentParts[0].ContentPartFieldDefinitionRecords[0].FieldName"), (error.Position, error.Field));
        Assert.Contains("cannot become a OptionsField", error.Message);
    }

    [Theory, Databases]
    public async Task A_recipe_run_twice_saves_its_definitions_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var step = Step(ContentDefinitionJsonTests.OrchardDefinitions);
        var recipe = new JsonObject { ["name"] = "Accounts", ["steps"] = new JsonArray(step) }.ToJsonString();

        var first = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, "test"));
        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        var serial = await shell.ScopeAsync(SerialAsync);
        var second = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, "test"));
        Assert.True(second.Succeeded, string.Join("; ", second.Errors));

        Assert.Equal(serial, await shell.ScopeAsync(SerialAsync));
        Assert.Equal(2, (await shell.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetFieldsAsync("Account"))).Count);
    }
}
