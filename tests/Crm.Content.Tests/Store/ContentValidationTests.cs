using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Store;

public sealed class ContentValidationTests
{
    [Theory, Databases]
    public async Task Invalid_fields_are_reported_one_message_per_field_and_nothing_is_stored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Bad", code: "", industry: "Farming", employees: -3);
            var result = await content.CreateAsync(item);

            Assert.False(result.Succeeded);
            var keys = result.Errors.Select(e => e.Key).ToList();
            Assert.Contains("Company.Code", keys);
            Assert.Contains("Company.Industry", keys);
            Assert.Contains("Company.Employees", keys);
            Assert.DoesNotContain("Company.Founded", keys);
            Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));

            Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));
            Assert.Equal(0, await sp.GetRequiredService<IContentQueryFactory>().Query(CompanyType.Name).Latest().CountAsync());
        });
    }

    [Theory, Databases]
    public async Task A_reference_to_an_item_of_a_type_not_allowed_is_refused(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Child", "CH", parent: "doesnotexist0000000000000");
            var result = await content.CreateAsync(item);
            Assert.Contains(result.Errors, e => e.Key == "Company.Parent");
        });
    }

    [Theory, Databases]
    public async Task A_new_item_holds_the_default_values_of_its_fields(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<OrchardCrm.ContentManagement.Metadata.IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("Lead", p => p.WithField("Status", FieldKinds.Options, "Status", s => { s.Options = ["New", "Qualified"]; s.DefaultValue = "New"; }));
            await definitions.AlterTypeDefinitionAsync("Lead", t => t.WithPart("Lead"));
            var item = await sp.GetRequiredService<IContentManager>().NewAsync("Lead");
            var values = item.GetField("Lead", "Status")?["Values"] as JsonArray;
            Assert.Equal("New", values?[0]?.GetValue<string>());
        });
    }
}
