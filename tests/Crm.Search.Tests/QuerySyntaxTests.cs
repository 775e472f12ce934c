using OrchardCrm.Accounts.Models;
using OrchardCrm.Testing;

namespace OrchardCrm.Search.Tests;

/// <summary>The query syntax people type: words, phrases, prefixes, fields, operators, typos, sort; and bad syntax explained.</summary>
public sealed class QuerySyntaxTests
{
    [Theory, Databases]
    public async Task Words_phrases_prefixes_fields_operators_typos_and_date_sort(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        await shell.CreateAccountAsync("Acme Supply Chain", fill: i => i.Alter<AccountPart>(a => a.Domain.Text = "acme.com"));
        await shell.CreateAccountAsync("Chain Supply Partners");
        await shell.CreateAccountAsync("Acme Robotics");
        await shell.CreateAsync(AccountTypes.Contact, c => c.Alter<ContactPart>(p => { p.FirstName.Text = "Ada"; p.LastName.Text = "Lovelace"; p.Email.Email = "ada@analytical.org"; }));

        Assert.Equal(["Acme Robotics", "Acme Supply Chain"], (await shell.TitlesAsync("acme")).Order());
        // Every word is required unless OR says otherwise.
        Assert.Equal(["Acme Supply Chain"], await shell.TitlesAsync("acme chain"));
        Assert.Equal(["Acme Supply Chain"], await shell.TitlesAsync("\"supply chain\""));
        Assert.Equal(["Chain Supply Partners"], await shell.TitlesAsync("\"chain supply\""));
        Assert.Equal(["Acme Robotics"], await shell.TitlesAsync("robo*"));
        Assert.Equal(["Acme Robotics", "Chain Supply Partners"], (await shell.TitlesAsync("robotics OR partners")).Order());
        Assert.Equal(["Acme Robotics"], await shell.TitlesAsync("acme NOT chain"));
        Assert.Equal(["Acme Robotics"], await shell.TitlesAsync("acme -chain"));
        Assert.Equal(["Acme Supply Chain"], await shell.TitlesAsync("domain:acme.com"));
        Assert.Equal(["Ada Lovelace"], await shell.TitlesAsync("email:\"ada@analytical.org\""));
        Assert.Equal(["Ada Lovelace"], await shell.TitlesAsync("lovelace type:contact"));
        Assert.Equal(["Acme Robotics", "Acme Supply Chain"], (await shell.TitlesAsync("acme type:Account")).Order());
        Assert.Empty(await shell.TitlesAsync("acme type:contact"));
        // Typos: explicit fuzzy, and automatic on titles.
        Assert.Equal(["Ada Lovelace"], await shell.TitlesAsync("lovelase~"));
        Assert.Equal(["Acme Robotics"], await shell.TitlesAsync("robotcs"));
        // Newest first.
        Assert.Equal(["Acme Robotics", "Acme Supply Chain"], await shell.TitlesAsync("acme", sort: SearchSort.Date));
        // The type filter narrows the hits; the facets still count every type.
        var contacts = await shell.SearchAsync("ada OR acme", type: "Contact");
        Assert.Equal(["Ada Lovelace"], contacts.Hits.Select(h => h.Title));
        Assert.Equal([("Account", 2), ("Contact", 1)], contacts.Facets.Select(f => (f.ContentType, f.Count)));
    }

    [Theory, Databases]
    public async Task Highlights_mark_the_matches_and_encode_the_rest(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        await shell.CreateAccountAsync("Fish & Chips <Ltd>", fill: i => i.Alter<AccountPart>(a => a.Domain.Text = "fishandchips.co.uk"));

        var hit = Assert.Single((await shell.SearchAsync("chips")).Hits);
        Assert.Contains("<mark>Chips</mark>", hit.Highlight);
        Assert.Contains("&amp;", hit.Highlight);
        Assert.DoesNotContain("<Ltd>", hit.Highlight);
    }

    [Theory, Databases]
    public async Task Paging_splits_the_hits(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        for (var i = 1; i <= 5; i++) await shell.CreateAccountAsync($"Paged Account {i}");

        var first = await shell.SearchAsync("paged", pageSize: 2);
        var third = await shell.SearchAsync("paged", page: 3, pageSize: 2);
        Assert.Equal((5, 3, 2), (first.Total, first.PageCount, first.Hits.Count));
        Assert.Single(third.Hits);
        var all = (await shell.SearchAsync("paged", pageSize: 10)).Hits.Select(h => h.ContentItemId).ToList();
        Assert.Equal(all[..2], first.Hits.Select(h => h.ContentItemId));
        Assert.Equal(all[4..], third.Hits.Select(h => h.ContentItemId));
    }

    [Theory]
    [InlineData("acme AND", "ends too early")]
    [InlineData("\"unfinished phrase", "unfinished quote")]
    [InlineData("*cme", "cannot start with * or ?")]
    [InlineData("(acme OR", "ends too early")]
    [InlineData("name:", "ends too early")]
    public async Task Bad_syntax_gets_a_clear_message(string query, string expected)
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var shell = await SearchTestShell.StartAsync(db);
        var error = await Assert.ThrowsAsync<SearchQueryException>(() => shell.SearchAsync(query));
        Assert.Contains(expected, error.Message);
    }
}
