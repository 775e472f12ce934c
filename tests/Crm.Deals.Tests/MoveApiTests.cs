using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>POST /api/deals/{id}/move over real HTTP: the answer, problem details, stale boards and permissions.</summary>
public sealed class MoveApiTests
{
    [Theory, Databases]
    public async Task A_move_answers_the_card_and_column_totals_or_problem_details(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await TestUsers.CreateAsync(host.Services, "ada", RoleNames.Administrator);
        var client = await TestUsers.SignInAsync(host, "ada");
        var account = await CreateAsync(host, AccountTypesAccount("Acme"), "ada");
        var deal = await CreateAsync(host, Deal("Rollout", account, 10_000m), "ada");

        var moved = await client.PostAsJsonAsync($"/api/deals/{deal.ContentItemId}/move", new { stageId = "proposal", rowVersion = deal.RowVersion });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var body = (await moved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("proposal", body["card"]!["stageId"]!.GetValue<string>());
        var proposal = body["columns"]!.AsArray().Single(c => c!["stageId"]!.GetValue<string>() == "proposal")!;
        Assert.Equal((1, 10_000m, 5_000m), (proposal["count"]!.GetValue<int>(), proposal["total"]!.GetValue<decimal>(), proposal["weightedTotal"]!.GetValue<decimal>()));
        Assert.Equal(0, body["columns"]!.AsArray().Single(c => c!["stageId"]!.GetValue<string>() == "qualification")!["count"]!.GetValue<int>());

        var stale = await client.PostAsJsonAsync($"/api/deals/{deal.ContentItemId}/move", new { stageId = "negotiation", rowVersion = deal.RowVersion });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var lost = await client.PostAsJsonAsync($"/api/deals/{deal.ContentItemId}/move", new { stageId = "closed-lost" });
        Assert.Equal(HttpStatusCode.BadRequest, lost.StatusCode);
        var problem = (await lost.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]!["closeReason"]);
        Assert.NotNull(problem["errors"]!["competitor"]);

        var nowhere = await client.PostAsJsonAsync($"/api/deals/{deal.ContentItemId}/move", new { stageId = "renewed" });
        Assert.NotNull((await nowhere.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["stageId"]);

        var history = await client.GetFromJsonAsync<JsonObject>($"/api/deals/{deal.ContentItemId}/history");
        Assert.Equal(2, history!["entries"]!.AsArray().Count);
    }

    [Theory, Databases]
    public async Task An_account_manager_cannot_see_or_move_other_peoples_deals(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await TestUsers.CreateAsync(host.Services, "rep", "Deal rep", TestUsers.Password, Permissions.ViewOwnDeals.Name, Permissions.EditOwnDeals.Name, "ViewOwnContent_Account");
        await TestUsers.CreateAsync(host.Services, "viewer", "Deal viewer", TestUsers.Password, Permissions.ViewDeals.Name);
        var theirs = await CreateAsync(host, AccountTypesAccount("Globex"), "someone");
        var mine = await CreateAsync(host, AccountTypesAccount("Acme"), "rep");
        var hidden = await CreateAsync(host, Deal("Hidden", theirs, 1_000m), "someone");
        var onMyAccount = await CreateAsync(host, Deal("On my account", mine, 1_000m), "someone");

        var rep = await TestUsers.SignInAsync(host, "rep");
        Assert.Equal(HttpStatusCode.NotFound, (await rep.PostAsJsonAsync($"/api/deals/{hidden.ContentItemId}/move", new { stageId = "discovery" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rep.GetAsync($"/api/deals/{hidden.ContentItemId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rep.PostAsJsonAsync($"/api/deals/{onMyAccount.ContentItemId}/move", new { stageId = "discovery" })).StatusCode);
        var list = await rep.GetFromJsonAsync<JsonObject>("/api/deals");
        Assert.Equal(["On my account"], list!["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));

        var viewer = await TestUsers.SignInAsync(host, "viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/deals/{hidden.ContentItemId}/move", new { stageId = "discovery" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/pipelines")).StatusCode);
    }

    private static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Accounts", "Crm.Deals"]);
        return host;
    }

    private static (string Type, Action<ContentItem> Fill) AccountTypesAccount(string name) =>
        (OrchardCrm.Accounts.Models.AccountTypes.Account, i => i.Alter<OrchardCrm.Accounts.Models.AccountPart>(a => a.Name.Text = name));

    private static (string Type, Action<ContentItem> Fill) Deal(string name, ContentItem account, decimal amount) =>
        (DealTypes.Deal, i => i.Alter<DealPart>(d => { d.Name.Text = name; d.Account.ContentItemIds = [account.ContentItemId]; d.Amount.Amount = amount; }));

    private static async Task<ContentItem> CreateAsync(TestWebHost host, (string Type, Action<ContentItem> Fill) what, string owner)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(what.Type);
        item.Owner = owner;
        what.Fill(item);
        var result = await contents.CreateAsync(item);
        Assert.True(result.Succeeded, result.ToString());
        return (await contents.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
    }
}
