using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data.Entities;
using OrchardCrm.Testing;
using OrchardCrm.Web.Cli;

namespace OrchardCrm.Recipes.Tests;

public sealed class CliTests
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private static async Task<Run> CliAsync(TestDatabase db, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CrmCli.RunAsync([.. args, .. db.CommandLineArguments], output, error);
        return new Run(code, output.ToString(), error.ToString());
    }

    private static void AssertFailsWithOneLine(Run run, string expectedLine)
    {
        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal(expectedLine + Environment.NewLine, run.Error);
    }

    [Theory, Databases]
    public async Task Setup_prints_a_generated_password_that_signs_in(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var run = await CliAsync(db, "setup", "--admin-user", "chief", "--admin-email", "chief@example.com", "--site-name", "Cli CRM");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var line = Assert.Single(run.Output.Split(Environment.NewLine), l => l.StartsWith("Generated password", StringComparison.Ordinal));
        var password = line[(line.LastIndexOf(": ", StringComparison.Ordinal) + 2)..];
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CrmUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("chief"))!, password));
        });
    }

    [Theory, Databases]
    public async Task Setup_on_a_set_up_directory_fails_with_a_clear_message(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliAsync(db, "setup", "--admin-email", "admin@example.com", "--admin-password", "Correct-Horse-42")).ExitCode);

        var again = await CliAsync(db, "setup", "--admin-email", "admin@example.com");

        Assert.Equal(1, again.ExitCode);
        Assert.StartsWith("error: setup: The site is already set up", again.Error);
        Assert.Single(again.Error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("Generated password", again.Output);
    }

    [Theory, Databases]
    public async Task Setup_refuses_a_weak_password(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var run = await CliAsync(db, "setup", "--admin-email", "admin@example.com", "--admin-password", "abc");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: setup: Admin password:", run.Error);
    }

    [Theory, Databases]
    public async Task Features_enable_enables_the_dependencies_and_list_shows_them(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var enable = await CliAsync(db, "features", "enable", "Crm.Test.EchoExtra");
        var list = await CliAsync(db, "features", "list");

        Assert.Equal(0, enable.ExitCode);
        Assert.Equal("Enabled: Crm.Test.Base, Crm.Test.Echo, Crm.Test.EchoExtra" + Environment.NewLine, enable.Output);
        Assert.Equal(0, list.ExitCode);
        var rows = list.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", rows[0]);
        Assert.Matches(@"^Crm\.Test\.EchoExtra\s+yes\s+Echo extra\s+Crm\.Test\.Echo$", rows.Single(r => r.StartsWith("Crm.Test.EchoExtra")));
        Assert.Matches(@"^Crm\.Test\.Always\s+no\s", rows.Single(r => r.StartsWith("Crm.Test.Always")));
    }

    [Theory, Databases]
    public async Task Features_enable_and_disable_fail_with_one_line(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await CliAsync(db, "features", "enable", "Crm.Test.Always");

        AssertFailsWithOneLine(await CliAsync(db, "features", "enable", "Foo"), "error: features enable: unknown feature 'Foo'.");
        AssertFailsWithOneLine(await CliAsync(db, "features", "disable", "Crm.Test.Always"),
            "error: features disable: Feature 'Crm.Test.Always' is always enabled and cannot be disabled.");
        var disable = await CliAsync(db, "features", "disable", "Crm.Test.Base");
        Assert.Equal(0, disable.ExitCode);
        Assert.Equal("Nothing to do: already disabled." + Environment.NewLine, disable.Output);
    }

    [Theory, Databases]
    public async Task Recipe_run_applies_a_recipe_and_content_lists_its_items(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var run = await CliAsync(db, "recipe", "run", RecipeTestExtensions.RepositoryRecipe("sample-data.recipe.json"));
        var list = await CliAsync(db, "content", "list", "Account");
        var json = await CliAsync(db, "content", "list", "Account", "--json");
        var get = await CliAsync(db, "content", "get", "acct000007ea00000000000024", "--json");

        Assert.Equal((0, "Recipe 'sample-data' applied (3 steps)." + Environment.NewLine), (run.ExitCode, run.Output));
        Assert.Equal(0, list.ExitCode);
        var rows = list.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(31, rows.Length);
        Assert.Contains(rows, r => r.StartsWith("acct000007ea00000000000024") && r.Contains("published") && r.Contains("Alder Medical"));
        Assert.Equal(30, JsonNode.Parse(json.Output)!.AsArray().Count);
        var item = JsonNode.Parse(get.Output)!;
        Assert.Equal("Account", (string?)item["ContentType"]);
        Assert.Equal("admin", (string?)item["Owner"]);
        Assert.Equal("Alder Medical", (string?)item["AccountPart"]?["Name"]?["Text"]);
    }

    [Theory, Databases]
    public async Task Recipe_and_content_commands_fail_with_one_line(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var bad = Path.Combine(db.DataDirectory, "bad.recipe.json");
        await File.WriteAllTextAsync(bad, """{ "name": "bad", "steps": [ { "name": "feature", "enable": [ "Foo" ] } ] }""");

        AssertFailsWithOneLine(await CliAsync(db, "recipe", "run", bad), "error: recipe run: recipe 'bad': step 1 'feature', field 'enable[0]': unknown feature 'Foo'.");
        AssertFailsWithOneLine(await CliAsync(db, "recipe", "run", "no-such-recipe"), "error: recipe run: recipe 'no-such-recipe' was not found.");
        AssertFailsWithOneLine(await CliAsync(db, "content", "list", "Spaceship"), "error: content list: unknown content type 'Spaceship'.");
        AssertFailsWithOneLine(await CliAsync(db, "content", "get", "nothere"), "error: content get: no content item 'nothere'.");
    }

    [Fact]
    public async Task Wrong_arguments_exit_with_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CrmCli.RunAsync(["features", "enable", "--frobnicate"], output, error);

        Assert.Equal(2, code);
        Assert.Equal("error: features enable: unknown option '--frobnicate'." + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Global_options_map_onto_configuration_keys()
    {
        var arguments = CliArguments.Parse(["features", "--data-dir", "/tmp/x", "list", "--database=Postgres", "--connection", "Host=db"]);

        Assert.Equal("/tmp/x", arguments.Configuration["Crm:DataDirectory"]);
        Assert.Equal("postgres", arguments.Configuration["Crm:Database:Provider"]);
        Assert.Equal("Host=db", arguments.Configuration["Crm:Database:ConnectionString"]);
        Assert.Equal(["features", "list"], arguments.Remaining);
    }
}

public sealed class DemoSiteTests
{
    [Theory, Databases]
    public async Task The_demo_is_set_up_once_with_sample_data_and_always_prints_how_to_sign_in(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var first = new StringWriter();
        var second = new StringWriter();

        await DemoSite.EnsureAsync(shell.Services, first);
        var afterFirst = await DatabaseSnapshot.TakeAsync(shell);
        await DemoSite.EnsureAsync(shell.Services, second);

        Assert.Contains("sign in as 'admin' with password 'OrchardCrm-Demo1!'", first.ToString());
        Assert.Contains("sign in as 'admin' with password 'OrchardCrm-Demo1!'", second.ToString());
        Assert.DoesNotContain("set up", second.ToString().Split(Environment.NewLine)[0]);
        Assert.Equal(afterFirst, await DatabaseSnapshot.TakeAsync(shell));
        // 30 accounts, 150 contacts, 945 activities, 90 tasks, 300 deals, and the welcome task the
        // shipped automation gives the owner of each new account.
        Assert.Contains("content rows 1545", afterFirst);
        await shell.ScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<CrmUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(DemoSite.AdminUserName))!, DemoSite.AdminPassword));
        });
    }
}
