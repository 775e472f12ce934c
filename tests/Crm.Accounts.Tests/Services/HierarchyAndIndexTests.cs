using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

public sealed class HierarchyAndIndexTests
{
    [Theory, Databases]
    public async Task Roll_ups_sum_each_childs_subtree_and_count_activities_logged_only_against_a_contact(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var scenario = await AccountScenario.StartAsync(db);
        await using var shell = scenario.Shell;
        var group = await scenario.AccountAsync("Northwind Group");
        var europe = await scenario.AccountAsync("Northwind Europe", parentId: group.ContentItemId);
        var france = await scenario.AccountAsync("Northwind France", parentId: europe.ContentItemId);
        var asia = await scenario.AccountAsync("Northwind Asia", parentId: group.ContentItemId);
        var pierre = await scenario.ContactAsync("Pierre", "Dupont", "pierre@northwind.fr", new ContactAccountLink(france.ContentItemId, "Buyer", "Champion", Current: true));
        await scenario.ContactAsync("Mei", "Lin", "mei@northwind.asia", new ContactAccountLink(asia.ContentItemId, "CFO", "Economic buyer", Current: true));
        var recently = DateTime.UtcNow.AddDays(-3);
        await scenario.ActivityAsync("Call", recently, europe.ContentItemId);
        await scenario.ActivityAsync("Meeting", recently, null, "Met Pierre alone", pierre.ContentItemId);
        await scenario.ActivityAsync("Call", DateTime.UtcNow.AddDays(-400), asia.ContentItemId);
        await scenario.TaskAsync("Send the French price list", france.ContentItemId);

        var hierarchy = await scenario.ServiceAsync<AccountHierarchyReader, ViewModels.AccountHierarchyViewModel>(r => r.ReadAsync(group));

        Assert.Equal(["Northwind Asia", "Northwind Europe"], hierarchy.Children.Select(c => c.Account.Name));
        var europeRow = hierarchy.Children.Single(c => c.Account.Name == "Northwind Europe").Rollup;
        // Europe and France; Pierre; the French task; the call to Europe and the meeting with Pierre alone.
        Assert.Equal(new ViewModels.AccountRollup(2, 1, 1, 2), europeRow);
        // Asia's only call is older than the recent window.
        Assert.Equal(new ViewModels.AccountRollup(1, 1, 0, 0), hierarchy.Children.Single(c => c.Account.Name == "Northwind Asia").Rollup);
        Assert.Equal(new ViewModels.AccountRollup(4, 2, 1, 2), hierarchy.Total);
    }

    [Theory, Databases]
    public async Task Rebuilding_the_team_index_restores_rows_lost_before_the_upgrade_without_new_versions(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var scenario = await AccountScenario.StartAsync(db);
        await using var shell = scenario.Shell;
        var account = await scenario.AccountAsync("Globex", more: a => a.Team = [new("tess", "Solutions engineer")]);
        // As on a site upgraded from before the team index: accounts exist, their team rows do not.
        await scenario.RunAsync(sp => sp.GetRequiredService<CrmDbContext>().Set<AccountTeamIndex>().ExecuteDeleteAsync());
        Assert.Equal(0, await TeamRowsAsync(scenario));

        var mapped = await scenario.ServiceAsync<IMapIndexRebuilder, int>(r => r.RebuildAsync<AccountTeamIndex>());

        Assert.True(mapped >= 1);
        Assert.Equal(1, await TeamRowsAsync(scenario));
        var versions = await scenario.RunAsync(sp => sp.GetRequiredService<ContentManagement.IContentManager>().ListVersionsAsync(account.ContentItemId));
        Assert.Single(versions);
    }

    private static Task<int> TeamRowsAsync(AccountScenario scenario) =>
        scenario.RunAsync(async sp => (await sp.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Account)
            .SelectIndexAsync<AccountTeamIndex, string?>(t => t.UserName)).Count);
}
