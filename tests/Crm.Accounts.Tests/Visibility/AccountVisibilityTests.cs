using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Accounts.Tests.Foundation;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Visibility;

/// <summary>Issue 4: account managers see their own and their team's accounts unless granted more.</summary>
public sealed class AccountVisibilityTests
{
    private const string OwnOnlyRole = "Own accounts";
    private const string AllRole = "All accounts";

    [Theory, Databases]
    public async Task A_user_with_own_access_sees_the_accounts_they_own_or_are_on_the_team_of(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(db);
        var (owned, team, other) = await CreateAccountsAsync(shell);
        var bob = User("bob", OwnOnlyRole);

        await shell.ScopeAsync(async sp =>
        {
            var visibility = sp.GetRequiredService<AccountVisibility>();
            Assert.False(await visibility.CanSeeAllAsync(bob));
            Assert.Equal(["Alpha Ltd", "Beta Ltd"], await DirectoryAsync(sp, q => visibility.Restrict(q, bob)));
            Assert.True(await visibility.CanSeeAsync(bob, owned));
            Assert.True(await visibility.CanSeeAsync(bob, team));
            Assert.False(await visibility.CanSeeAsync(bob, other));
        });
    }

    [Theory, Databases]
    public async Task ViewAllAccounts_shows_every_account_and_no_view_permission_shows_none(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(db);
        var (owned, _, other) = await CreateAccountsAsync(shell);
        var manager = User("sam", AllRole);
        var nobody = User("bob", "No grants");

        await shell.ScopeAsync(async sp =>
        {
            var visibility = sp.GetRequiredService<AccountVisibility>();
            Assert.True(await visibility.CanSeeAllAsync(manager));
            Assert.True(await visibility.CanSeeAsync(manager, other));
            // Owning an account is not enough without any account view permission.
            Assert.False(await visibility.CanSeeAllAsync(nobody));
            Assert.False(await visibility.CanSeeAsync(nobody, owned));
        });
    }

    [Theory, Databases]
    public async Task Enabling_the_feature_on_a_fresh_database_creates_the_team_index(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(db);
        var (_, team, _) = await CreateAccountsAsync(shell);

        await shell.ScopeAsync(async sp =>
        {
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            var onTeam = await queries.Query(AccountTypes.Account).Latest().WhereIndex<AccountTeamIndex>(t => t.UserName == "bob").ListIdsAsync();
            Assert.Equal([team.ContentItemId], onTeam);
        });
    }

    private static async Task<TestShell> StartAsync(TestDatabase db)
    {
        var shell = await AccountsTestShell.StartWithAccountsAsync(db);
        await shell.ScopeAsync(async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<CrmRole>>();
            await AddRoleAsync(roles, OwnOnlyRole, "ViewOwnContent_Account");
            await AddRoleAsync(roles, AllRole, Permissions.ViewAllAccounts.Name);
        });
        return shell;
    }

    private static async Task AddRoleAsync(RoleManager<CrmRole> roles, string name, string permission)
    {
        var role = new CrmRole { Name = name };
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        Assert.True((await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission))).Succeeded);
    }

    /// <summary>Alpha owned by bob; Beta owned by carol with bob on its team (spelled in capitals); Gamma carol's with dave on its team.</summary>
    private static async Task<(ContentItem Owned, ContentItem Team, ContentItem Other)> CreateAccountsAsync(TestShell shell)
    {
        var owned = await shell.CreateAsync(AccountTypes.Account, i => { i.Owner = "bob"; i.Alter<AccountPart>(a => a.Name.Text = "Alpha Ltd"); });
        var team = await shell.CreateAsync(AccountTypes.Account, i =>
        {
            i.Owner = "carol";
            i.Alter<AccountPart>(a => { a.Name.Text = "Beta Ltd"; a.Team = [new("BOB", "Customer success")]; });
        });
        var other = await shell.CreateAsync(AccountTypes.Account, i =>
        {
            i.Owner = "carol";
            i.Alter<AccountPart>(a => { a.Name.Text = "Gamma Ltd"; a.Team = [new("dave", "Support")]; });
        });
        return (owned, team, other);
    }

    private static async Task<string[]> DirectoryAsync(IServiceProvider sp, Func<IContentQuery, IContentQuery> narrow)
    {
        var query = narrow(sp.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Account).Latest().OrderBy(ContentOrder.DisplayText));
        return [.. (await query.ListAsync(pageSize: 50)).Items.Select(i => i.DisplayText)];
    }

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));
}
