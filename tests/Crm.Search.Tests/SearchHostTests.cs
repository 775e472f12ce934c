using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Search.Tests;

/// <summary>The results page, the typeahead, the API and the index admin over HTTP, with their permissions.</summary>
public sealed class SearchHostTests
{
    private static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Accounts", SearchTestShell.Features]);
        await TestUsers.CreateAsync(host.Services, "ada", RoleNames.Administrator);
        await TestUsers.CreateAsync(host.Services, "tess", "Own accounts", TestUsers.Password, "ViewOwnContent_Account", "Search");
        await TestUsers.CreateAsync(host.Services, "vic", "Viewers", TestUsers.Password, "ViewContent");
        return host;
    }

    private static async Task<string> CreateAccountAsync(TestWebHost host, string name, string owner, string domain = "")
    {
        await using var scope = host.Services.CreateAsyncScope();
        var contents = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await contents.NewAsync(AccountTypes.Account);
        item.Alter<AccountPart>(a => { a.Name.Text = name; a.Domain.Text = domain; });
        item.Owner = owner;
        Assert.True((await contents.CreateAsync(item)).Succeeded);
        return item.ContentItemId;
    }

    [Theory, Databases]
    public async Task Pages_and_api_need_a_signed_in_user_with_the_right_permission(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await anonymous.GetAsync("/admin/search?q=acme");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/search?q=acme")).StatusCode);

        var vic = await TestUsers.SignInAsync(host, "vic");
        Assert.Equal(HttpStatusCode.Forbidden, (await vic.GetAsync("/api/search?q=acme")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await vic.GetAsync("/admin/search?q=acme")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await vic.GetAsync("/admin/search/typeahead?q=acme")).StatusCode);

        var tess = await TestUsers.SignInAsync(host, "tess");
        Assert.Equal(HttpStatusCode.OK, (await tess.GetAsync("/admin/search?q=acme")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await tess.GetAsync("/admin/search/indexes")).StatusCode);

        var ada = await TestUsers.SignInAsync(host, "ada");
        Assert.Equal(HttpStatusCode.OK, (await ada.GetAsync("/admin/search/indexes")).StatusCode);
    }

    [Theory, Databases]
    public async Task The_results_page_shows_highlights_type_facets_and_only_what_the_user_may_open(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        var mine = await CreateAccountAsync(host, "Acme Tess Branch", "tess", "tess.acme.com");
        await CreateAccountAsync(host, "Acme Secret Office", "ada");

        var tess = await TestUsers.SignInAsync(host, "tess");
        var html = await tess.GetStringAsync("/admin/search?q=branch");
        Assert.Contains("<mark>Branch</mark>", html);
        Assert.Contains($"/admin/accounts/{mine}", html);
        Assert.Contains("href=\"/admin/search?q=branch&amp;type=Account\"", html);

        var all = await tess.GetStringAsync("/admin/search?q=acme");
        Assert.Contains("Acme Tess Branch", all);
        Assert.DoesNotContain("Acme Secret Office", all);

        var typeahead = await tess.GetStringAsync("/admin/search/typeahead?q=acm*");
        Assert.Contains("dropdown-header", typeahead);
        Assert.Contains("Acme Tess Branch", typeahead);
        Assert.DoesNotContain("Acme Secret Office", typeahead);
    }

    [Theory, Databases]
    public async Task The_api_returns_trimmed_hits_and_explains_bad_syntax_as_problem_details(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        var mine = await CreateAccountAsync(host, "Acme Tess Branch", "tess");
        await CreateAccountAsync(host, "Acme Secret Office", "ada");
        var tess = await TestUsers.SignInAsync(host, "tess");

        var json = await tess.GetFromJsonAsync<JsonObject>("/api/search?q=acme&type=Account&page=1");
        Assert.Equal(1, json!["total"]!.GetValue<int>());
        var hit = Assert.Single(json["hits"]!.AsArray())!;
        Assert.Equal((mine, "Acme Tess Branch"), (hit["contentItemId"]!.GetValue<string>(), hit["title"]!.GetValue<string>()));
        Assert.Equal("Account", json["facets"]![0]!["contentType"]!.GetValue<string>());

        var bad = await tess.GetAsync("/api/search?q=" + Uri.EscapeDataString("acme AND"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        var problem = await bad.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("ends too early", problem!["detail"]!.GetValue<string>());

        var page = await tess.GetAsync("/admin/search?q=" + Uri.EscapeDataString("acme AND"));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("ends too early", await page.Content.ReadAsStringAsync());
    }

    [Theory, Databases]
    public async Task With_the_module_off_the_top_bar_falls_back_to_the_title_search(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await CreateAccountAsync(host, "Acme Corporation", "ada");
        var ada = await TestUsers.SignInAsync(host, "ada");
        Assert.Contains("<mark>", await ada.GetStringAsync("/admin/search?q=acme"));
        Assert.Contains("Search titles", await ada.GetStringAsync("/admin/content/search?q=acme"));

        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().DisableAsync([SearchTestShell.Features]);

        var fallback = await ada.GetStringAsync("/admin/search?q=acme");
        Assert.Contains("Search titles", fallback);
        Assert.Contains("Acme Corporation", fallback);
        Assert.Contains("Acme Corporation", await ada.GetStringAsync("/admin/search/typeahead?q=acme"));
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync("/api/search?q=acme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.GetAsync("/admin/search/indexes")).StatusCode);
    }
}
