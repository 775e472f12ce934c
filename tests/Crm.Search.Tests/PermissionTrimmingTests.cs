using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Search.Tests;

/// <summary>Hits are trimmed to what the user may open: no title of an item they could not view ever shows.</summary>
public sealed class PermissionTrimmingTests
{
    [Theory, Databases]
    public async Task An_account_manager_never_sees_an_account_they_could_not_open(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        // The Account Manager role as setup creates it: the default permissions every enabled feature gives it.
        await TestUsers.CreateAsync(shell.Services, "tess", RoleNames.AccountManager, TestUsers.Password, await StereotypeAsync(shell, RoleNames.AccountManager));
        var tess = SearchTestShell.Principal("tess", RoleNames.AccountManager);
        await shell.CreateAccountAsync("Acme Tess Branch", owner: "tess");
        await shell.CreateAccountAsync("Acme Head Office", owner: "ada");
        await shell.CreateAccountAsync("Acme Tess Team Office", owner: "ada", fill: i => i.Alter<AccountPart>(a => a.Team = [new("tess", "Support")]));
        await shell.CreateAccountAsync("Acme Other Team Office", owner: "ada", fill: i => i.Alter<AccountPart>(a => a.Team = [new("someone-else", "Support")]));

        var result = await shell.SearchAsync("acme", tess);
        Assert.Equal(["Acme Tess Branch", "Acme Tess Team Office"], result.Hits.Select(h => h.Title).Order());
        Assert.Equal(2, result.Total);
        Assert.Equal([("Account", 2)], result.Facets.Select(f => (f.ContentType, f.Count)));

        // Every hit is one the authorizer lets her open, and every account she may open is a hit.
        await shell.ScopeAsync(async sp =>
        {
            var authorizer = sp.GetRequiredService<IContentAuthorizer>();
            var contents = sp.GetRequiredService<IContentManager>();
            var ids = await sp.GetRequiredService<ContentManagement.Queries.IContentQueryFactory>().Query(AccountTypes.Account).Published().ListIdsAsync();
            foreach (var account in await contents.GetManyAsync(ids))
                Assert.Equal(await authorizer.CanAsync(tess, "ViewContent", account), result.Hits.Any(h => h.ContentItemId == account.ContentItemId));
        });

        // The administrator sees all four.
        Assert.Equal(4, (await shell.SearchAsync("acme")).Total);
    }

    private static Task<string[]> StereotypeAsync(TestShell shell, string role) =>
        shell.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<Modules.IEnabled<IPermissionProvider>>()
            .SelectMany(p => p.GetDefaultStereotypes()).Where(s => s.RoleName == role)
            .SelectMany(s => s.Permissions).Select(p => p.Name).Distinct().ToArray()));

    [Theory, Databases]
    public async Task A_user_without_any_view_permission_finds_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        await TestUsers.CreateAsync(shell.Services, "nobody", "Searchers", TestUsers.Password, "Search");
        await shell.CreateAccountAsync("Acme Corporation", owner: "nobody-else");

        var result = await shell.SearchAsync("acme", SearchTestShell.Principal("nobody", "Searchers"));
        Assert.Empty(result.Hits);
        Assert.Empty(result.Facets);
        Assert.Equal(0, result.Total);
        Assert.Empty((await shell.SearchAsync("acme", new System.Security.Claims.ClaimsPrincipal())).Hits);
    }
}
