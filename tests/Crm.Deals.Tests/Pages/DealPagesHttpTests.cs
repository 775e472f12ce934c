using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Modules;
using OrchardCrm.Setup;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests.Pages;

/// <summary>The deal pages over HTTP: who may open them, and that an account manager's board holds only what they may see.</summary>
public sealed class DealPagesHttpTests
{
    private static readonly string[] Pages =
        ["/admin/deals", "/admin/deals/list", "/admin/deals/rotting", "/admin/deals/forecast", "/admin/deals/win-loss", "/admin/pipelines", "/admin/pipelines/new"];

    [Theory, Databases]
    public async Task Every_page_sends_anonymous_visitors_to_sign_in_and_refuses_users_without_the_permission(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        var accountId = await CreateAsync(host, AccountTypes.Account, "admin", i => i.Alter<AccountPart>(a => a.Name.Text = "Acme"));
        var dealId = await CreateDealAsync(host, "Acme rollout", accountId, "admin");
        string[] pages = [.. Pages, $"/admin/deals/{dealId}", $"/admin/pipelines/{DefaultPipelines.NewBusinessId}/edit"];

        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in pages)
        {
            var response = await anonymous.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {response.StatusCode} to an anonymous visitor.");
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery);
        }

        await TestUsers.CreateAsync(host.Services, "nobody", "No deals", TestUsers.Password, "ViewOwnContent_Account");
        var nobody = await TestUsers.SignInAsync(host, "nobody");
        foreach (var page in pages)
        {
            var response = await nobody.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page} answered {response.StatusCode} to a user without deal permissions.");
            Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery);
        }

        // The administrator opens them all.
        await TestUsers.CreateAsync(host.Services, "boss", "Deal boss", TestUsers.Password,
            Permissions.ViewDeals.Name, Permissions.EditDeals.Name, Permissions.ViewForecast.Name, Permissions.ManagePipelines.Name, "ViewContent_Account", "ViewContent_Contact");
        var boss = await TestUsers.SignInAsync(host, "boss");
        foreach (var page in pages)
        {
            var response = await boss.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {response.StatusCode} to a user with every deal permission: {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Theory, Databases]
    public async Task An_account_manager_does_not_see_another_managers_deal_on_the_board_the_list_or_its_page(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        string[] rep = [Permissions.ViewOwnDeals.Name, Permissions.EditOwnDeals.Name, "ViewOwnContent_Account", "EditOwnContent_Account"];
        await TestUsers.CreateAsync(host.Services, "ann", "Rep", TestUsers.Password, rep);
        await TestUsers.CreateAsync(host.Services, "bob", "Rep");
        var annsAccount = await CreateAsync(host, AccountTypes.Account, "ann", i => i.Alter<AccountPart>(a => a.Name.Text = "Ann Industries"));
        var bobsAccount = await CreateAsync(host, AccountTypes.Account, "bob", i => i.Alter<AccountPart>(a => a.Name.Text = "Bob Holdings"));
        await CreateDealAsync(host, "Ann's rollout", annsAccount, "ann");
        var bobsDeal = await CreateDealAsync(host, "Bob's secret deal", bobsAccount, "bob");

        var ann = await TestUsers.SignInAsync(host, "ann");
        var board = await ann.GetStringAsync("/admin/deals");
        Assert.Contains("Ann&#x27;s rollout", board);
        Assert.DoesNotContain("Bob&#x27;s secret deal", board);
        Assert.DoesNotContain("Bob Holdings", board);
        var list = await ann.GetStringAsync("/admin/deals/list");
        Assert.Contains("Ann&#x27;s rollout", list);
        Assert.DoesNotContain("Bob&#x27;s secret deal", list);
        var page = await ann.GetAsync($"/admin/deals/{bobsDeal}");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/access-denied", page.Headers.Location!.PathAndQuery);

        var bob = await TestUsers.SignInAsync(host, "bob");
        Assert.Contains("Bob&#x27;s secret deal", await bob.GetStringAsync("/admin/deals"));
    }

    private static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        await using var scope = host.Services.CreateAsyncScope();
        var setup = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "Deal pages", AdminUserName = "admin", AdminEmail = "admin@example.com", AdminPassword = TestUsers.Password,
        });
        Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Deals"]);
        return host;
    }

    private static Task<string> CreateDealAsync(TestWebHost host, string name, string accountId, string owner) =>
        CreateAsync(host, DealTypes.Deal, owner, i => i.Alter<DealPart>(d =>
        {
            d.Name.Text = name;
            d.Account.ContentItemIds = [accountId];
            d.StageId = "qualification";
            d.Amount.Amount = 12_000m;
            d.ExpectedCloseDate.Value = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(20));
        }));

    private static async Task<string> CreateAsync(TestWebHost host, string type, string owner, Action<ContentItem> fill)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type);
        item.Owner = owner;
        fill(item);
        var result = await content.CreateAsync(item, publish: true);
        Assert.True(result.Succeeded, result.ToString());
        return item.ContentItemId;
    }
}
