using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Tests.Services;
using OrchardCrm.ContentManagement;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Visibility;

/// <summary>
/// Issue 4 with the roles as setup creates them: an account manager holding the default permissions of
/// the Account Manager stereotype sees their own and their team's accounts, not a colleague's, while the
/// people and interactions of every account stay findable.
/// </summary>
public sealed class AccountManagerDefaultsTests
{
    [Theory, Databases]
    public async Task An_account_manager_with_the_default_role_sees_own_and_team_accounts_and_everyones_contacts(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await AccountApiHost.StartAsync(db);
        await AccountApiHost.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await AccountApiHost.CreateUserAsync(host, "maria", RoleNames.AccountManager, await AccountManagerDefaultsAsync(host));

        var own = await CreateAccountAsync(host, "Maria's Own Ltd", owner: "maria");
        var team = await CreateAccountAsync(host, "Team Account plc", owner: "ada", teamMember: "maria");
        var colleagues = await CreateAccountAsync(host, "Colleague Holdings", owner: "ada");
        var contact = await CreateContactAsync(host, colleagues);
        var maria = await AccountApiHost.SignInAsync(host, "maria");

        Assert.Equal(HttpStatusCode.OK, (await maria.GetAsync($"/admin/accounts/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await maria.GetAsync($"/admin/accounts/{team}")).StatusCode);
        var refused = await maria.GetAsync($"/admin/accounts/{colleagues}");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/access-denied", refused.Headers.Location!.PathAndQuery);
        var directory = await maria.GetStringAsync("/admin/accounts");
        Assert.Contains("Maria&#x27;s Own Ltd", directory);
        Assert.Contains("Team Account plc", directory);
        Assert.DoesNotContain("Colleague Holdings", directory);

        Assert.Equal(HttpStatusCode.OK, (await maria.GetAsync($"/admin/contacts/{contact}")).StatusCode);

        // The kernel's authorizer gives every module the same answer.
        await using var scope = host.Services.CreateAsyncScope();
        var authorizer = scope.ServiceProvider.GetRequiredService<IContentAuthorizer>();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var principal = await TestUsers.PrincipalAsync(host.Services, "maria");
        Assert.True(await authorizer.CanAsync(principal, ContentTypePermissionNames.View, (await content.GetAsync(team))!));
        Assert.False(await authorizer.CanAsync(principal, ContentTypePermissionNames.Edit, (await content.GetAsync(team))!));
        Assert.True(await authorizer.CanAsync(principal, ContentTypePermissionNames.Edit, (await content.GetAsync(own))!));
        Assert.False(await authorizer.CanAsync(principal, ContentTypePermissionNames.View, (await content.GetAsync(colleagues))!));
    }

    /// <summary>What setup grants the Account Manager role: every enabled feature's stereotype for it.</summary>
    private static async Task<string[]> AccountManagerDefaultsAsync(TestWebHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var providers = scope.ServiceProvider.GetRequiredService<IEnabled<IPermissionProvider>>();
        var names = providers.SelectMany(p => p.GetDefaultStereotypes()).Where(s => s.RoleName == RoleNames.AccountManager)
            .SelectMany(s => s.Permissions).Select(p => p.Name).Distinct().ToArray();
        Assert.Contains("ViewOwnContent", names);
        Assert.DoesNotContain("ViewContent", names);
        return names;
    }

    private static async Task<string> CreateAccountAsync(TestWebHost host, string name, string owner, string? teamMember = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(AccountTypes.Account);
        item.Alter<AccountPart>(a =>
        {
            a.Name.Text = name;
            if (teamMember is not null) a.Team = [new(teamMember, "Customer success")];
        });
        item.Owner = owner;
        var result = await content.CreateAsync(item);
        Assert.True(result.Succeeded, result.ToString());
        return item.ContentItemId;
    }

    private static async Task<string> CreateContactAsync(TestWebHost host, string accountId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(AccountTypes.Contact);
        item.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = "Grace";
            c.LastName.Text = "Hopper";
            c.Accounts = [new ContactAccountLink(accountId, "CTO", "Decision maker", Current: true)];
        });
        item.Owner = "ada";
        var result = await content.CreateAsync(item);
        Assert.True(result.Succeeded, result.ToString());
        return item.ContentItemId;
    }
}
