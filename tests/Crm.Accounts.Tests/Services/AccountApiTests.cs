using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

/// <summary>The account API over real HTTP: duplicates, merge, handover and timeline with their permissions and problem details.</summary>
public sealed class AccountApiTests
{
    [Theory, Databases]
    public async Task An_administrator_finds_merges_hands_over_and_reads_the_timeline(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await AccountApiHost.StartAsync(db);
        await AccountApiHost.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await AccountApiHost.CreateUserAsync(host, "bob", RoleNames.AccountManager);
        var client = await AccountApiHost.SignInAsync(host, "ada");
        var a = await CreateAccountAsync(host, "Acme Corp", "acme.com", "ada");
        var b = await CreateAccountAsync(host, "Acme Inc", "acme.com", "ada");

        var duplicates = await client.GetFromJsonAsync<JsonArray>($"/api/accounts/{a}/duplicates");
        var duplicate = Assert.Single(duplicates!)!;
        Assert.Equal(b, duplicate["contentItemId"]!.GetValue<string>());
        Assert.Contains("same domain", duplicate["reason"]!.GetValue<string>());

        var merged = await client.PostAsJsonAsync($"/api/accounts/{a}/merge", new { from = b });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var again = await client.PostAsJsonAsync($"/api/accounts/{a}/merge", new { from = b });
        Assert.True((await again.Content.ReadFromJsonAsync<JsonObject>())!["alreadyMerged"]!.GetValue<bool>());

        var handover = await client.PostAsJsonAsync($"/api/accounts/{a}/handover", new { to = "bob", includeOpenTasks = true, note = "New territory" });
        Assert.Equal(HttpStatusCode.OK, handover.StatusCode);

        var notes = await client.GetFromJsonAsync<JsonObject>($"/api/accounts/{a}/timeline?kind=Note&page=1");
        var titles = notes!["entries"]!.AsArray().Select(e => e!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Contains("Handed over from ada to bob: New territory", titles[0]);
        Assert.Contains("Merged Acme Inc into Acme Corp", titles[1]);
    }

    [Theory, Databases]
    public async Task A_user_without_edit_permission_is_refused_and_bad_input_gets_problem_details(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await AccountApiHost.StartAsync(db);
        await AccountApiHost.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await AccountApiHost.CreateUserAsync(host, "vic", "Viewer", "ViewContent_Account");
        await AccountApiHost.CreateUserAsync(host, "olga", "Own editor", "ViewOwnContent_Account", "EditOwnContent_Account");
        var a = await CreateAccountAsync(host, "Acme Corp", "acme.com", "ada");
        var b = await CreateAccountAsync(host, "Acme Inc", "acme.com", "ada");
        var olgas = await CreateAccountAsync(host, "Olga's Bakery", null, "olga");

        var viewer = await AccountApiHost.SignInAsync(host, "vic");
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/accounts/{a}/timeline")).StatusCode);
        var refused = await viewer.PostAsJsonAsync($"/api/accounts/{a}/merge", new { from = b });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"/api/accounts/{a}/handover", new { to = "ada" })).StatusCode);
        Assert.NotNull(await GetAsync(host, b));

        // The "own" permissions reach the user's own account only.
        var owner = await AccountApiHost.SignInAsync(host, "olga");
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync($"/api/accounts/{a}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync($"/api/accounts/{olgas}/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.PostAsJsonAsync($"/api/accounts/{olgas}/handover", new { to = "ada" })).StatusCode);
        Assert.Equal("ada", (await GetAsync(host, olgas))!.Owner);

        var admin = await AccountApiHost.SignInAsync(host, "ada");
        var missing = await admin.GetAsync("/api/accounts/nosuchaccount/timeline");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Contains("nosuchaccount", (await missing.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());

        var noFrom = await admin.PostAsJsonAsync($"/api/accounts/{a}/merge", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noFrom.StatusCode);
        Assert.True((await noFrom.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("from"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/accounts/{a}/merge", new { from = "nosuchaccount" })).StatusCode);
        var badKind = await admin.GetAsync($"/api/accounts/{a}/timeline?kind=Telegram");
        Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
        Assert.True((await badKind.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("kind"));
        var unknownUser = await admin.PostAsJsonAsync($"/api/accounts/{a}/handover", new { to = "nobody" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownUser.StatusCode);
        Assert.True((await unknownUser.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().ContainsKey("to"));
    }

    private static async Task<string> CreateAccountAsync(TestWebHost host, string name, string? domain, string owner)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(AccountTypes.Account);
        item.Alter<AccountPart>(a => { a.Name.Text = name; a.Domain.Text = domain; });
        item.Owner = owner;
        var result = await content.CreateAsync(item);
        Assert.True(result.Succeeded, result.ToString());
        return item.ContentItemId;
    }

    private static async Task<ContentItem?> GetAsync(TestWebHost host, string id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
    }
}
