using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;
using OrchardCrm.Modules;
using static OrchardCrm.Benchmarks.HostLatency;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// Issue 5: the deals board with 2,000 open deals and a stage move through the board's endpoint, both
/// through the real host, beside a baseline from the same run: the same open deals read by one
/// hand-written SQL query on the same SQLite file.
/// </summary>
internal static class DealBoardBenchmark
{
    public const int Deals = 2_000;
    public const int Accounts = 200;
    public const int Requests = 50;
    public const int WarmUps = 5;
    public const double BoardTargetMs = 150;
    public const double MoveTargetMs = 20;

    private static readonly string[] OpenStages = ["qualification", "discovery", "proposal", "negotiation"];

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"Deals board: {Deals:N0} open deals on {Accounts} accounts, {Requests} requests each");
        await using var site = await Account360Site.StartAsync();
        await using (var scope = site.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Deals"]);
        var seeding = Stopwatch.StartNew();
        var dealIds = await SeedAsync(site.Services);
        Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:N1} s");

        using var client = await SignInAsync(site.BaseUrl);
        const string boardUrl = "/admin/deals?pipeline=" + DefaultPipelines.NewBusinessId;
        var token = await AntiforgeryTokenAsync(client, boardUrl);
        using var baseline = new BoardBaseline(DatabaseFile(site.Services));
        for (var i = 0; i < WarmUps; i++)
        {
            await TimeGetAsync(client, boardUrl);
            baseline.Run();
        }
        var cards = baseline.Run();
        if (cards != Deals) throw new InvalidOperationException($"The baseline read {cards} deals, expected {Deals}.");

        // Interleaved, so a slow moment of the shared machine falls on both alike.
        var boardTimes = new List<double>();
        var baselineTimes = new List<double>();
        var moveTimes = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            boardTimes.Add(await TimeGetAsync(client, boardUrl));
            var watch = Stopwatch.StartNew();
            baseline.Run();
            baselineTimes.Add(watch.Elapsed.TotalMilliseconds);
            // Each move takes another deal one stage on (qualification → discovery...), as a person would.
            var id = dealIds[i * 7 % dealIds.Count];
            var to = OpenStages[(Array.IndexOf(OpenStages, id.Stage) + 1) % OpenStages.Length];
            moveTimes.Add(await TimeMoveAsync(client, token, id.Id, to));
            dealIds[i * 7 % dealIds.Count] = (id.Id, to);
        }

        var boardP50 = Percentile(boardTimes, 50);
        var boardP95 = Percentile(boardTimes, 95);
        var moveP50 = Percentile(moveTimes, 50);
        var moveP95 = Percentile(moveTimes, 95);
        Console.WriteLine();
        Console.WriteLine("| Request (ms)                                  |    p50 |    p95 |");
        Console.WriteLine("|-----------------------------------------------|-------:|-------:|");
        Row($"GET board, {Deals:N0} open deals", boardTimes);
        Row("POST move (board endpoint)", moveTimes);
        Row("Baseline: one hand-written SQL read", baselineTimes);
        Console.WriteLine();
        Console.WriteLine($"Board / baseline: p50 {boardP50 / Percentile(baselineTimes, 50):N1}x");
        Console.WriteLine($"Target: board under {BoardTargetMs:N0} ms: p50 {Verdict(boardP50, BoardTargetMs)} ({boardP50:N1} ms), p95 {Verdict(boardP95, BoardTargetMs)} ({boardP95:N1} ms)");
        Console.WriteLine($"Target: move under {MoveTargetMs:N0} ms: p50 {Verdict(moveP50, MoveTargetMs)} ({moveP50:N1} ms), p95 {Verdict(moveP95, MoveTargetMs)} ({moveP95:N1} ms)");
        return 0;
    }

    private static async Task<List<(string Id, string Stage)>> SeedAsync(IServiceProvider services)
    {
        var accountIds = new List<string>();
        await InBatchAsync(services, async content =>
        {
            for (var i = 0; i < Accounts; i++)
            {
                var account = await content.NewAsync(AccountTypes.Account);
                account.Owner = Account360Site.AdminUserName;
                account.Alter<AccountPart>(a => a.Name.Text = $"Board account {i:D3}");
                await CreateAsync(content, account);
                accountIds.Add(account.ContentItemId);
            }
        });
        var deals = new List<(string, string)>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var done = 0; done < Deals; done += 250)
        {
            var first = done;
            await InBatchAsync(services, async content =>
            {
                for (var i = first; i < Math.Min(first + 250, Deals); i++)
                {
                    var stage = OpenStages[i % OpenStages.Length];
                    var deal = await content.NewAsync(DealTypes.Deal);
                    deal.Owner = i % 3 == 0 ? Account360Site.AdminUserName : $"rep{i % 5}";
                    deal.Alter<DealPart>(d =>
                    {
                        d.Name.Text = $"Deal {i:D4}";
                        d.Account.ContentItemIds = [accountIds[i % accountIds.Count]];
                        d.PipelineId = DefaultPipelines.NewBusinessId;
                        d.StageId = stage;
                        d.Amount.Amount = 1_000 + i * 37 % 90_000;
                        d.Amount.Currency = "EUR";
                        d.ExpectedCloseDate.Value = today.AddDays(i % 120 - 20);
                        d.Tags.Tags = i % 4 == 0 ? ["enterprise"] : [];
                    });
                    await CreateAsync(content, deal);
                    deals.Add((deal.ContentItemId, stage));
                }
            });
        }
        return deals;
    }

    private static async Task InBatchAsync(IServiceProvider services, Func<IContentManager, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await using var unit = await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().BeginAsync();
        await work(scope.ServiceProvider.GetRequiredService<IContentManager>());
        await unit.CommitAsync();
    }

    private static async Task CreateAsync(IContentManager content, ContentItem item)
    {
        var result = await content.CreateAsync(item, publish: true);
        if (!result.Succeeded) throw new InvalidOperationException($"Could not create a {item.ContentType}: {result}");
    }

    private static string DatabaseFile(IServiceProvider services)
    {
        var directory = services.GetRequiredService<IConfiguration>()["Crm:DataDirectory"] ?? throw new InvalidOperationException("No data directory.");
        return Directory.EnumerateFiles(directory, "*.db", SearchOption.AllDirectories).First();
    }

    /// <summary>The token the layout gives htmx and the board's script (hx-headers on the body).</summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = HxToken().Match(html);
        if (!match.Success) throw new InvalidOperationException("The board has no antiforgery token.");
        return match.Groups[1].Value;
    }

    private static Regex HxToken() => new("RequestVerificationToken(?:&quot;|\")\\s*:\\s*(?:&quot;|\")([^&\"]+)");

    private static async Task<double> TimeMoveAsync(HttpClient client, string token, string dealId, string stageId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/admin/deals/{dealId}/move?pipeline={DefaultPipelines.NewBusinessId}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["stageId"] = stageId }),
        };
        request.Headers.Add("RequestVerificationToken", token);
        var watch = Stopwatch.StartNew();
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Move of {dealId} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        return elapsed;
    }
}

/// <summary>
/// The baseline: the board's open deals of the pipeline with their account names, read by one SQL query
/// written by hand against the same index tables (prepared, on an open connection), every row read.
/// </summary>
internal sealed class BoardBaseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _command;

    public BoardBaseline(string databaseFile)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly }.ToString());
        _connection.Open();
        _command = _connection.CreateCommand();
        _command.CommandText = """
            SELECT i."ContentItemId", d."Name", d."AccountId", a."DisplayText", d."Amount", d."Currency", d."ExpectedCloseDate",
                   d."Owner", d."StageId", d."Probability", d."StageEnteredUtc", d."LastActivityUtc"
            FROM "DealIndex" AS d
            JOIN "ContentItemIndex" AS i ON i."DocumentId" = d."DocumentId" AND i."Published" = 1
            LEFT JOIN "ContentItemIndex" AS a ON a."ContentItemId" = d."AccountId" AND a."Published" = 1
            WHERE d."PipelineId" = $pipeline AND d."Status" = 'Open'
            ORDER BY d."StageId", d."ExpectedCloseDate"
            """;
        _command.Parameters.AddWithValue("$pipeline", DefaultPipelines.NewBusinessId);
        _command.Prepare();
    }

    /// <summary>Reads every row and every column; returns the number of deals.</summary>
    public int Run()
    {
        var count = 0;
        using var reader = _command.ExecuteReader();
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            count++;
        }
        return count;
    }

    public void Dispose()
    {
        _command.Dispose();
        _connection.Dispose();
    }
}
