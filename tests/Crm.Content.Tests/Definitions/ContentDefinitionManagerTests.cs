using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Documents;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Definitions;

public sealed class ContentDefinitionManagerTests
{
    private static Task DefineAccountAsync(IServiceProvider sp) => DefineAccountAsync(sp.GetRequiredService<IContentDefinitionManager>());

    private static async Task DefineAccountAsync(IContentDefinitionManager definitions)
    {
        await definitions.AlterPartDefinitionAsync("Account", p => p
            .WithField("Industry", FieldKinds.Text, "Industry", s => s.Required = true)
            .WithField("AnnualRevenue", FieldKinds.Money, "Annual revenue", s => s.DefaultCurrency = "EUR"));
        await definitions.AlterTypeDefinitionAsync("Account", t => t.DisplayedAs("Customer account").Creatable().WithPart("Account"));
    }

    private static Task<long> SerialAsync(IServiceProvider sp) =>
        sp.GetRequiredService<DocumentStore>().GetSerialAsync(ContentDefinitionManager.DocumentName);

    [Theory, Databases]
    public async Task Definitions_are_read_back_after_a_restart(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var first = await TestShell.StartAsync(db)) await first.ScopeAsync(DefineAccountAsync);

        await using var second = await TestShell.StartAsync(db);
        await second.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = await definitions.GetTypeDefinitionAsync("Account");
            Assert.NotNull(type);
            Assert.Equal("Customer account", type.DisplayName);
            Assert.True(type.TypeSettings.Creatable);
            Assert.Equal(["Account"], type.Parts.Select(p => p.PartName));

            var fields = await definitions.GetFieldsAsync("Account");
            Assert.Equal(["Industry", "AnnualRevenue"], fields.Select(f => f.Field.Name));
            Assert.All(fields, f => Assert.Equal("Account", f.PartName));
            Assert.True(fields[0].Field.FieldSettings.Required);
            Assert.Equal("Annual revenue", fields[1].Field.DisplayName);
            Assert.Equal("EUR", fields[1].Field.FieldSettings.DefaultCurrency);
        });
    }

    [Theory, Databases]
    public async Task A_change_made_on_one_node_is_seen_at_once_by_another(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var nodeA = await TestShell.StartAsync(db);
        await using var nodeB = await TestShell.StartAsync(db);
        await nodeA.ScopeAsync(DefineAccountAsync);

        // Node B reads (and caches) the definitions, then node A adds a field.
        Assert.Equal(2, await nodeB.ScopeAsync(async sp => (await sp.GetRequiredService<IContentDefinitionManager>().GetFieldsAsync("Account")).Count));
        await nodeA.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>()
            .AlterPartDefinitionAsync("Account", p => p.WithField("Website", FieldKinds.Link, "Website")));

        var fields = await nodeB.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetFieldsAsync("Account"));
        Assert.Equal(["Industry", "AnnualRevenue", "Website"], fields.Select(f => f.Field.Name));

        await nodeA.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().DeleteTypeDefinitionAsync("Account"));
        Assert.Null(await nodeB.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetTypeDefinitionAsync("Account")));
    }

    [Theory, Databases]
    public async Task Changing_a_definition_that_was_read_does_not_change_what_others_read(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(DefineAccountAsync);

        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = (await definitions.GetTypeDefinitionAsync("Account"))!;
            type.DisplayName = "Hacked";
            type.Parts.Clear();
            var fields = await definitions.GetFieldsAsync("Account");
            fields[0].Field.Settings["TextFieldSettings"] = new JsonObject { ["Required"] = false };
            (await definitions.ListPartDefinitionsAsync())[0].Fields.Clear();
        });

        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var type = (await definitions.GetTypeDefinitionAsync("Account"))!;
            Assert.Equal("Customer account", type.DisplayName);
            Assert.Single(type.Parts);
            var fields = await definitions.GetFieldsAsync("Account");
            Assert.Equal(2, fields.Count);
            Assert.True(fields[0].Field.FieldSettings.Required);
        });
    }

    [Theory, Databases]
    public async Task A_types_fields_follow_its_parts_positions_then_the_fields_positions(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("AddressPart", p => p
                .WithField("City", FieldKinds.Text, position: 2)
                .WithField("Street", FieldKinds.Text, position: 1));
            await definitions.AlterPartDefinitionAsync("Account", p => p.WithField("Industry", FieldKinds.Text));
            await definitions.AlterTypeDefinitionAsync("Account", t => t
                .WithPart("Account", s => s["ContentTypePartSettings"] = new JsonObject { ["Position"] = "5" })
                .WithPart("BillingAddress", "AddressPart", s => s["ContentTypePartSettings"] = new JsonObject { ["Position"] = "1" })
                .WithPart("TitlePart"));

            var fields = await definitions.GetFieldsAsync("Account");
            Assert.Equal(["BillingAddress.Street", "BillingAddress.City", "Account.Industry"], fields.Select(f => $"{f.PartName}.{f.Field.Name}"));
        });
    }

    [Theory, Databases]
    public async Task The_fields_of_a_types_own_part_count_even_when_the_part_is_not_attached(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("Deal", p => p.WithField("Amount", FieldKinds.Money));
            await definitions.AlterTypeDefinitionAsync("Deal", t => t.WithPart("TitlePart"));

            Assert.Equal(["Deal.Amount"], (await definitions.GetFieldsAsync("Deal")).Select(f => $"{f.PartName}.{f.Field.Name}"));
            Assert.Empty(await definitions.GetFieldsAsync("Unknown"));
        });
    }

    [Theory, Databases]
    public async Task Deleting_a_type_keeps_its_parts_and_deleting_a_part_detaches_it(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await DefineAccountAsync(definitions);
            await definitions.AlterPartDefinitionAsync("AddressPart", p => p.WithField("City", FieldKinds.Text));
            await definitions.AlterTypeDefinitionAsync("Contact", t => t.WithPart("AddressPart").WithPart("Contact"));
            await definitions.AlterTypeDefinitionAsync("Account", t => t.WithPart("AddressPart"));

            await definitions.DeleteTypeDefinitionAsync("Account");
            Assert.Null(await definitions.GetTypeDefinitionAsync("Account"));
            Assert.NotNull(await definitions.GetPartDefinitionAsync("Account"));

            await definitions.DeletePartDefinitionAsync("AddressPart");
            Assert.Null(await definitions.GetPartDefinitionAsync("AddressPart"));
            Assert.Equal(["Contact"], (await definitions.GetTypeDefinitionAsync("Contact"))!.Parts.Select(p => p.PartName));
        });
    }

    [Theory, Databases]
    public async Task Saving_unchanged_definitions_does_not_move_the_serial(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(DefineAccountAsync);
        var before = await shell.ScopeAsync(SerialAsync);

        await shell.ScopeAsync(DefineAccountAsync);
        await shell.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().DeleteTypeDefinitionAsync("Nothing"));

        Assert.Equal(before, await shell.ScopeAsync(SerialAsync));
    }

    [Theory, Databases]
    public async Task A_failing_alteration_saves_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(DefineAccountAsync);

        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => definitions.AlterPartDefinitionAsync("Account", p => p
                .WithField("Website", FieldKinds.Link)
                .WithField("Industry", FieldKinds.Numeric)));
            Assert.Contains("Account.Industry", error.Message);
        });

        var fields = await shell.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().GetFieldsAsync("Account"));
        Assert.Equal(["Industry", "AnnualRevenue"], fields.Select(f => f.Field.Name));
    }

    [Theory, Databases]
    public async Task A_change_rolled_back_with_its_transaction_is_forgotten(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var nodeA = await TestShell.StartAsync(db);
        await using var nodeB = await TestShell.StartAsync(db);
        await nodeA.ScopeAsync(DefineAccountAsync);

        await nodeB.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await using var transaction = await sp.GetRequiredService<CrmDbContext>().Database.BeginTransactionAsync();
            await definitions.AlterTypeDefinitionAsync("Contact", t => t.WithPart("Contact"));
            Assert.NotNull(await definitions.GetTypeDefinitionAsync("Contact"));
            await transaction.RollbackAsync();
        });

        // Node A's next change takes the serial the rolled-back change had: node B must show node A's definitions.
        await nodeA.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterTypeDefinitionAsync("Deal", t => t.WithPart("Deal")));
        await nodeB.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            Assert.Null(await definitions.GetTypeDefinitionAsync("Contact"));
            Assert.NotNull(await definitions.GetTypeDefinitionAsync("Deal"));
        });
    }

    [Theory, Databases]
    public async Task Definitions_are_stored_in_orchard_cores_shape(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(DefineAccountAsync);

        var stored = await shell.ScopeAsync(async sp => await sp.GetRequiredService<CrmDbContext>().Documents
            .Where(d => d.Name == "ContentDefinitions").Select(d => d.Content).SingleAsync());
        var json = JsonNode.Parse(stored)!;
        Assert.Equal("Account", (string?)json["ContentTypes"]![0]!["ContentTypePartDefinitionRecords"]![0]!["PartName"]);
        var field = json["ContentParts"]![0]!["ContentPartFieldDefinitionRecords"]![0]!;
        Assert.Equal("TextField", (string?)field["FieldName"]);
        Assert.Equal("Industry", (string?)field["Name"]);
        Assert.Equal(true, (bool?)field["Settings"]!["TextFieldSettings"]!["Required"]);
    }
}
