using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>
/// The kernel's authorizer (which search and the content pages ask) agrees with the deal pages: an
/// account manager with the default role sees her own deals and the deals of her team's accounts.
/// </summary>
public sealed class DealVisibilityGrantTests
{
    [Theory, Databases]
    public async Task An_account_manager_may_view_deals_of_her_team_accounts_but_not_of_others_and_may_not_edit_them(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var defaults = await t.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IEnabled<IPermissionProvider>>()
            .SelectMany(p => p.GetDefaultStereotypes()).Where(s => s.RoleName == RoleNames.AccountManager)
            .SelectMany(s => s.Permissions).Select(p => p.Name).Distinct().ToArray()));
        await TestUsers.CreateAsync(t.Shell.Services, "maria", RoleNames.AccountManager, permissions: defaults);
        var team = await t.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a =>
        {
            a.Name.Text = "Team Account plc";
            a.Team = [new("maria", "Customer success")];
        }), owner: "ada");
        var other = await t.AccountAsync("Other Ltd", owner: "ada");
        var teamDeal = await t.DealAsync("Team expansion", team.ContentItemId, owner: "ada");
        var otherDeal = await t.DealAsync("Other renewal", other.ContentItemId, owner: "ada");
        var ownDeal = await t.DealAsync("Maria's pilot", other.ContentItemId, owner: "maria");
        var maria = await TestUsers.PrincipalAsync(t.Shell.Services, "maria");

        var answers = await t.ScopeAsync(async sp =>
        {
            var authorizer = sp.GetRequiredService<IContentAuthorizer>();
            return (
                TeamView: await authorizer.CanAsync(maria, ContentTypePermissionNames.View, teamDeal),
                TeamEdit: await authorizer.CanAsync(maria, ContentTypePermissionNames.Edit, teamDeal),
                OtherView: await authorizer.CanAsync(maria, ContentTypePermissionNames.View, otherDeal),
                OwnEdit: await authorizer.CanAsync(maria, ContentTypePermissionNames.Edit, ownDeal));
        });

        Assert.True(answers.TeamView);
        Assert.False(answers.TeamEdit);
        Assert.False(answers.OtherView);
        Assert.True(answers.OwnEdit);
    }
}
