using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OrchardCrm.Setup;
using OrchardCrm.Testing;
using OrchardCrm.Web;

namespace OrchardCrm.Browser.Tests;

/// <summary>
/// The real host on a loopback port with a fresh SQLite data directory, and Debian's Chromium driven by
/// Playwright. <see cref="SetUpAsync"/> sets the site up the way the command line does, for tests that
/// are not about the setup page.
/// </summary>
public sealed class BrowserSite : IAsyncDisposable
{
    public const string AdminUserName = "admin";
    public const string AdminPassword = "Browser-Test1!";

    private readonly TestDatabase _database;
    private readonly WebApplication _app;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSite(TestDatabase database, WebApplication app, IPlaywright playwright, IBrowser browser, string baseUrl)
    {
        _database = database;
        _app = app;
        _playwright = playwright;
        _browser = browser;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BrowserSite> StartAsync()
    {
        var database = await TestDatabase.CreateAsync("sqlite");
        var settings = new Dictionary<string, string?>(database.Settings) { ["Logging:LogLevel:Default"] = "Warning" };
        var app = CrmHost.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], settings);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();

        // Expect(...) assertions retry until this time-out; the default (5 s) is short for a loaded CI machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new BrowserSite(database, app, playwright, browser, address.TrimEnd('/'));
    }

    /// <summary>Sets the site up with the setup recipe and an administrator, as `setup` on the command line does.</summary>
    public async Task SetUpAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
        {
            SiteName = "Browser tests",
            AdminUserName = AdminUserName,
            AdminEmail = "admin@example.com",
            AdminPassword = AdminPassword,
        });
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>A new browser context (its own cookies) with a page on it.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl });
        // Generous: CI shares 2 cores between this browser, the host and other test assemblies.
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string userName = AdminUserName, string password = AdminPassword)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login"));
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
