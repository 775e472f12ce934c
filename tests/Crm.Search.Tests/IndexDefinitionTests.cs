using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Recipes;
using OrchardCrm.Search.Lucene.Services;
using OrchardCrm.Testing;
using OrchardCrm.Web.Cli;

namespace OrchardCrm.Search.Tests;

/// <summary>Index definitions: the default index, the "LuceneIndex" recipe step, and the command line.</summary>
public sealed class IndexDefinitionTests
{
    [Theory, Databases]
    public async Task The_default_index_covers_the_crm_types_and_later_ones_once_they_exist(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        var crm = await shell.ScopeAsync(sp => sp.GetRequiredService<SearchIndexDefinitionStore>().FindAsync("crm"));
        Assert.Equal("Account,Contact,Deal,Activity,Proposal,Document,Article", crm!.ContentTypes);

        // A type defined later (as a knowledge-base module would) is indexed with no change to the index.
        await shell.ScopeAsync(sp => sp.GetRequiredService<ContentManagement.Metadata.IContentDefinitionManager>()
            .AlterTypeDefinitionAsync("Article", t => t.WithPart("Article").Listable().Securable()));
        await shell.ScopeAsync(sp => sp.GetRequiredService<ContentManagement.Metadata.IContentDefinitionManager>()
            .AlterPartDefinitionAsync("Article", p => p.WithField("Body", ContentManagement.FieldKinds.Text, "Body")));
        await shell.CreateAsync("Article", a => { a.DisplayText = "Resetting a password"; a.GetOrCreateField("Article", "Body")["Text"] = "Open the sign-in page"; });
        var hit = Assert.Single((await shell.SearchAsync("sign-in")).Hits);
        Assert.Equal(("Article", "Resetting a password"), (hit.ContentType, hit.Title));
    }

    [Theory, Databases]
    public async Task The_recipe_step_applies_valid_indexes_and_nothing_of_an_invalid_recipe(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        const string bad = """
            { "name": "bad", "steps": [
              { "name": "LuceneIndex", "Indexes": [
                { "Name": "people", "ContentTypes": ["Contact"], "Analyzer": "english" },
                { "Name": "Bad Name!", "ContentTypes": [], "Analyzer": "klingon", "Version": "someday" } ] } ] }
            """;
        var failed = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(bad, "bad.recipe.json"));
        Assert.False(failed.Succeeded);
        var fields = failed.Errors.Select(e => e.Field).ToList();
        Assert.Contains("Indexes[1].Name", fields);
        Assert.Contains("Indexes[1].ContentTypes", fields);
        Assert.Contains("Indexes[1].Analyzer", fields);
        Assert.Contains("Indexes[1].Version", fields);
        Assert.Null(await shell.ScopeAsync(sp => sp.GetRequiredService<SearchIndexDefinitionStore>().FindAsync("people")));

        const string good = """
            { "name": "good", "steps": [
              { "name": "LuceneIndex", "Indexes": [
                { "Name": "people", "ContentTypes": ["Contact"], "Analyzer": "english", "Fields": ["ContactPart.JobTitle"], "Version": "latest" } ] } ] }
            """;
        for (var run = 0; run < 2; run++)
        {
            var result = await shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(good, "good.recipe.json"));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        var people = await shell.ScopeAsync(sp => sp.GetRequiredService<SearchIndexDefinitionStore>().FindAsync("people"));
        Assert.Equal(("Contact", "english", "ContactPart.JobTitle", true, 1L), (people!.ContentTypes, people.Analyzer, people.Fields, people.IndexLatest, people.Generation));

        // Only the listed field is indexed, and drafts are (the index is on the latest version).
        await shell.CreateAsync("Contact", c => c.Alter<Accounts.Models.ContactPart>(p => { p.FirstName.Text = "Grace"; p.LastName.Text = "Hopper"; p.JobTitle.Text = "Rear admiral"; p.Department.Text = "Navy"; }), publish: false);
        var search = (string q) => shell.ScopeAsync(sp => sp.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest(q, Index: "people"), SearchTestShell.Admin));
        Assert.Single((await search("admirals")).Hits);
        Assert.Empty((await search("navy")).Hits);
    }

    [Theory, Databases]
    public async Task The_command_line_rebuilds_an_index_and_names_an_unknown_one(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var shell = await SearchTestShell.StartAsync(db))
        {
            await shell.CreateAccountAsync("Soylent Corporation");
            await shell.CreateAccountAsync("Tyrell Corporation");
        }

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, await CrmCli.RunAsync(["search", "rebuild", "crm", .. db.CommandLineArguments], output, error));
        Assert.Equal("", error.ToString());
        Assert.Equal("Rebuilt 'crm': 2 items." + Environment.NewLine, output.ToString());

        error = new StringWriter();
        Assert.Equal(1, await CrmCli.RunAsync(["search", "rebuild", "nope", .. db.CommandLineArguments], new StringWriter(), error));
        Assert.Equal("error: search: there is no search index named 'nope' (indexes: crm)." + Environment.NewLine, error.ToString());

        error = new StringWriter();
        Assert.Equal(2, await CrmCli.RunAsync(["search", "frobnicate", .. db.CommandLineArguments], new StringWriter(), error));
        Assert.StartsWith("error: search: use search rebuild [INDEX]", error.ToString());
    }
}
