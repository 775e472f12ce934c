using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Content.Tests.Store;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Api;

/// <summary>The content REST API over real HTTP: CRUD, filters, validation problems, conflicts and per-type permissions.</summary>
public sealed class ContentApiTests
{
    [Theory, Databases]
    public async Task An_administrator_creates_lists_filters_and_updates_items(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        var client = await ApiSession.SignInAsync(host, "ada");

        var created = await client.PostAsJsonAsync("/api/content", Company("Acme", "ACME", 250));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var acme = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = acme["ContentItemId"]!.GetValue<string>();
        Assert.Equal("ada", acme["Owner"]!.GetValue<string>());
        await client.PostAsJsonAsync("/api/content", Company("Tiny", "TNY", 3));

        var list = await client.GetFromJsonAsync<JsonObject>("/api/content?type=Company&filter=Company.Employees:gt:100");
        Assert.Equal(1, list!["totalCount"]!.GetValue<int>());
        Assert.Equal(id, list["items"]![0]!["ContentItemId"]!.GetValue<string>());

        acme["Company"]!["Code"]!["Text"] = "ACME-2";
        var updated = await client.PutAsJsonAsync($"/api/content/{id}?publish=true", acme);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var published = await client.GetFromJsonAsync<JsonObject>($"/api/content/{id}?version=published");
        Assert.Equal("ACME-2", published!["Company"]!["Code"]!["Text"]!.GetValue<string>());

        // The copy read before the update is stale now.
        var stale = await client.PutAsJsonAsync($"/api/content/{id}", acme);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Acme", (await stale.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());

        var audit = await client.GetFromJsonAsync<JsonArray>($"/api/content/{id}/audit");
        Assert.Contains(audit!, e => e!["EventName"]!.GetValue<string>() == "Updated");

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/content/{id}")).StatusCode);
    }

    [Theory, Databases]
    public async Task Bad_input_gets_problem_details_naming_the_field(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        var client = await ApiSession.SignInAsync(host, "ada");

        var invalid = await client.PostAsJsonAsync("/api/content", Company("Nameless", "", -5));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal("application/problem+json", invalid.Content.Headers.ContentType!.MediaType);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("Company.Code"));
        Assert.True(errors.ContainsKey("Company.Employees"));

        var unknownType = await client.GetAsync("/api/content?type=Spaceship");
        Assert.Equal(HttpStatusCode.NotFound, unknownType.StatusCode);

        var badFilter = await client.GetAsync("/api/content?type=Company&filter=Company.Colour:eq:red");
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("Company.Colour", await badFilter.Content.ReadAsStringAsync());
    }

    [Theory, Databases]
    public async Task A_user_with_own_permissions_sees_and_changes_only_their_own_items(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await ApiSession.CreateUserAsync(host, "amy", RoleNames.AccountManager, "ViewOwnContent", "EditOwnContent", "DeleteOwnContent");
        var admin = await ApiSession.SignInAsync(host, "ada");
        var amy = await ApiSession.SignInAsync(host, "amy");

        var adminsItem = (await (await admin.PostAsJsonAsync("/api/content", Company("Admin Co", "ADM", 1))).Content.ReadFromJsonAsync<JsonObject>())!;
        var adminsId = adminsItem["ContentItemId"]!.GetValue<string>();

        // Amy may edit her own items but not publish.
        Assert.Equal(HttpStatusCode.Forbidden, (await amy.PostAsJsonAsync("/api/content", Company("Amy Co", "AMY", 2))).StatusCode);
        var draft = await amy.PostAsJsonAsync("/api/content?publish=false", Company("Amy Co", "AMY", 2));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);

        var list = await amy.GetFromJsonAsync<JsonObject>("/api/content?type=Company&latest=true");
        Assert.Equal(["Amy Co"], list!["items"]!.AsArray().Select(i => i!["DisplayText"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.Forbidden, (await amy.GetAsync($"/api/content/{adminsId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await amy.DeleteAsync($"/api/content/{adminsId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await amy.PutAsJsonAsync($"/api/content/{adminsId}", adminsItem)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/content/{adminsId}")).StatusCode);
    }

    [Theory, Databases]
    public async Task An_anonymous_caller_gets_401(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/content?type=Company")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/session", new { userName = "nobody", password = "wrong-password1A" })).StatusCode);
    }

    private static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Contents"]);
        await CompanyType.DefineAsync(scope.ServiceProvider);
        return host;
    }

    private static JsonObject Company(string name, string code, int employees) => new()
    {
        ["ContentType"] = "Company",
        ["DisplayText"] = name,
        ["Company"] = new JsonObject
        {
            ["Code"] = new JsonObject { ["Text"] = code },
            ["Employees"] = new JsonObject { ["Value"] = employees },
        },
    };
}
