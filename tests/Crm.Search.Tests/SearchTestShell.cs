using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Search.Lucene.Indexing;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Search.Tests;

/// <summary>A shell (one node) with Accounts and Search on, principals in roles, and items written as a user would.</summary>
internal static class SearchTestShell
{
    public const string Features = "Crm.Search.Lucene";

    public static readonly ClaimsPrincipal Admin = Principal("ada", RoleNames.Administrator);

    public static async Task<TestShell> StartAsync(TestDatabase db, IDictionary<string, string?>? settings = null, bool enable = true)
    {
        var shell = await TestShell.StartAsync(db, settings: settings);
        if (enable) await shell.EnableAsync("Crm.Accounts", Features);
        return shell;
    }

    /// <summary>A second node: same database, its own data directory (so its own Lucene copies and cursors).</summary>
    public static Task<TestShell> StartSecondNodeAsync(TestDatabase db, string dataDirectory) =>
        TestShell.StartAsync(db, settings: new Dictionary<string, string?>
        {
            ["Crm:DataDirectory"] = dataDirectory,
            // SQLite's file is in the first node's data directory by default: point at it.
            ["Crm:Database:ConnectionString"] = db.ConnectionString ?? $"Data Source={Path.Combine(db.DataDirectory, "crm.db")}",
        });

    /// <summary>A signed-in principal as the cookie would carry it: name and roles (the roles' permissions are read from the database).</summary>
    public static ClaimsPrincipal Principal(string userName, params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, userName), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    public static Task<ContentItem> CreateAccountAsync(this TestShell shell, string name, string? owner = "ada", bool publish = true, Action<ContentItem>? fill = null) =>
        shell.CreateAsync(AccountTypes.Account, item =>
        {
            item.Alter<AccountPart>(a => a.Name.Text = name);
            item.Owner = owner;
            fill?.Invoke(item);
        }, publish);

    public static Task<ContentItem> CreateAsync(this TestShell shell, string type, Action<ContentItem> fill, bool publish = true) =>
        shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type);
            fill(item);
            var result = await contents.CreateAsync(item, publish);
            Assert.True(result.Succeeded, result.ToString());
            return (await contents.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
        });

    public static Task<SearchResult> SearchAsync(this TestShell shell, string query, ClaimsPrincipal? user = null, string? type = null, SearchSort sort = SearchSort.Relevance, int page = 1, int pageSize = 20) =>
        shell.ScopeAsync(sp => sp.GetRequiredService<ISearchService>().SearchAsync(new SearchRequest(query, type, page, pageSize, sort), user ?? Admin));

    /// <summary>The titles found, in order.</summary>
    public static async Task<List<string>> TitlesAsync(this TestShell shell, string query, ClaimsPrincipal? user = null, string? type = null, SearchSort sort = SearchSort.Relevance) =>
        (await shell.SearchAsync(query, user, type, sort)).Hits.Select(h => h.Title).ToList();

    /// <summary>What the background task does on each node every second.</summary>
    public static Task SweepAsync(this TestShell shell) => shell.Services.GetRequiredService<SearchIndexer>().SweepAsync();

    public static string IndexDirectory(string dataDirectory, string index = "crm") => Path.Combine(dataDirectory, "search", index);
}
