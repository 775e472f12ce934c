using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.Setup;
using OrchardCrm.Testing;
using OrchardCrm.Web;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// The real host on a loopback port over a fresh SQLite database, set up with the setup recipe (which turns
/// Crm.Accounts on), holding one busy account (contacts and activities) and one empty account.
/// </summary>
internal sealed class Account360Site : IAsyncDisposable
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Bench-Mark1!";

    /// <summary>Items written per transaction while seeding: large enough to be quick, small enough to keep each commit short.</summary>
    private const int BatchSize = 500;

    private readonly TestDatabase _database;
    private readonly WebApplication _app;

    private Account360Site(TestDatabase database, WebApplication app, string baseUrl)
    {
        _database = database;
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public IServiceProvider Services => _app.Services;

    public static async Task<Account360Site> StartAsync()
    {
        var database = await TestDatabase.CreateAsync("sqlite");
        var settings = new Dictionary<string, string?>(database.Settings) { ["Logging:LogLevel:Default"] = "Warning" };
        var app = CrmHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var site = new Account360Site(database, app, address.TrimEnd('/'));

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "Account 360 benchmark",
            AdminUserName = AdminUserName,
            AdminEmail = "admin@example.com",
            AdminPassword = AdminPassword,
        });
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
        return site;
    }

    /// <summary>An account with <paramref name="contacts"/> people and <paramref name="activities"/> activities; returns its id.</summary>
    public async Task<string> SeedAccountAsync(string name, int contacts, int activities)
    {
        var accountId = "";
        await InBatchAsync(async content =>
        {
            var account = await content.NewAsync(AccountTypes.Account);
            account.Alter<AccountPart>(a => a.Name.Text = name);
            await CreateAsync(content, account);
            accountId = account.ContentItemId;
        });

        var contactIds = new List<string>();
        await InBatchAsync(async content =>
        {
            for (var i = 0; i < contacts; i++)
            {
                var contact = await content.NewAsync(AccountTypes.Contact);
                contact.Alter<ContactPart>(c =>
                {
                    c.FirstName.Text = $"Person{i:D2}";
                    c.LastName.Text = name;
                    c.Email.Email = $"person{i}@{name.ToLowerInvariant()}.example";
                    c.Accounts = [new ContactAccountLink(accountId, "Staff", null, true)];
                });
                await CreateAsync(content, contact);
                contactIds.Add(contact.ContentItemId);
            }
        });

        // One activity in six is logged on the account only; the rest on one of its people, round robin.
        var start = DateTime.UtcNow.AddDays(-400);
        for (var done = 0; done < activities; done += BatchSize)
        {
            var first = done;
            await InBatchAsync(async content =>
            {
                for (var i = first; i < Math.Min(first + BatchSize, activities); i++)
                {
                    var activity = await content.NewAsync(AccountTypes.Activity);
                    var onAccount = contactIds.Count == 0 || i % 6 == 0;
                    activity.Alter<ActivityPart>(a =>
                    {
                        a.Kind.Values = [ActivityKinds.All[i % ActivityKinds.All.Count]];
                        a.OccurredUtc.Value = start.AddMinutes(i * 113);
                        a.Outcome.Text = $"Activity {i}";
                        if (onAccount) a.Account.ContentItemIds = [accountId];
                        else a.Contacts.ContentItemIds = [contactIds[i % contactIds.Count]];
                    });
                    await CreateAsync(content, activity);
                }
            });
        }
        return accountId;
    }

    private async Task InBatchAsync(Func<IContentManager, Task> work)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await using var unit = await services.GetRequiredService<IUnitOfWork>().BeginAsync();
        await work(services.GetRequiredService<IContentManager>());
        await unit.CommitAsync();
    }

    private static async Task CreateAsync(IContentManager content, ContentItem item)
    {
        var result = await content.CreateAsync(item, publish: true);
        if (!result.Succeeded) throw new InvalidOperationException($"Could not create a {item.ContentType}: {result}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
