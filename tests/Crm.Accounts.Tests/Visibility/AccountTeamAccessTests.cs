using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Tests.Services;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Visibility;

/// <summary>A team member who is not the owner reaches the account's pages and API reads; others do not.</summary>
public sealed class AccountTeamAccessTests
{
    [Theory, Databases]
    public async Task A_team_member_opens_the_account_and_its_timeline_but_not_other_accounts(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await AccountApiHost.StartAsync(db);
        await AccountApiHost.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await AccountApiHost.CreateUserAsync(host, "tess", "Own accounts", "ViewOwnContent_Account");
        var teamAccount = await CreateAccountAsync(host, "Acme Corp", "tess");
        var teamDuplicate = await CreateAccountAsync(host, "Acme GmbH", "tess");
        var hidden = await CreateAccountAsync(host, "Acme Inc", null);
        var tess = await AccountApiHost.SignInAsync(host, "tess");

        Assert.Equal(HttpStatusCode.OK, (await tess.GetAsync($"/admin/accounts/{teamAccount}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await tess.GetAsync($"/api/accounts/{teamAccount}/timeline")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await tess.GetAsync($"/admin/accounts/{hidden}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await tess.GetAsync($"/api/accounts/{hidden}/timeline")).StatusCode);

        // Duplicates list only the accounts she may see (all three share the domain).
        var duplicates = await tess.GetFromJsonAsync<JsonArray>($"/api/accounts/{teamAccount}/duplicates");
        Assert.Equal([teamDuplicate], duplicates!.Select(d => d!["contentItemId"]!.GetValue<string>()));

        var directory = await tess.GetStringAsync("/admin/accounts");
        Assert.Contains("Acme Corp", directory);
        Assert.Contains("Acme GmbH", directory);
        Assert.DoesNotContain("Acme Inc", directory);
    }

    /// <summary>An account owned by ada, with <paramref name="teamMember"/> on its team when given.</summary>
    private static async Task<string> CreateAccountAsync(TestWebHost host, string name, string? teamMember)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(AccountTypes.Account);
        item.Alter<AccountPart>(a =>
        {
            a.Name.Text = name;
            a.Domain.Text = "acme.com";
            if (teamMember is not null) a.Team = [new(teamMember, "Customer success")];
        });
        item.Owner = "ada";
        var result = await content.CreateAsync(item);
        Assert.True(result.Succeeded, result.ToString());
        return item.ContentItemId;
    }
}
