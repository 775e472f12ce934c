using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Services;
using static OrchardCrm.Benchmarks.HostLatency;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// Issue 4: the 360 page of an account with 50 people and 5,000 activities, against an empty account's page
/// in the same run, both requested through the real host by a signed-in administrator.
/// </summary>
internal static class Account360Benchmark
{
    public const int Contacts = 50;
    public const int Activities = 5_000;
    public const int Requests = 50;
    public const int WarmUps = 5;
    public const double TargetMs = 100;

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"Account 360 page: {Contacts} contacts and {Activities:N0} activities against an empty account, {Requests} requests each");
        await using var site = await Account360Site.StartAsync();
        var seeding = Stopwatch.StartNew();
        var full = await site.SeedAccountAsync("Busy", Contacts, Activities);
        var empty = await site.SeedAccountAsync("Empty", 0, 0);
        Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:N1} s");

        using var client = await SignInAsync(site.BaseUrl);
        var emptyPage = "/admin/accounts/" + empty;
        var fullPage = "/admin/accounts/" + full;
        foreach (var url in new[] { emptyPage, fullPage, emptyPage + "/timeline", fullPage + "/timeline" })
            for (var i = 0; i < WarmUps; i++) await TimeGetAsync(client, url);

        // Interleaved, so a slow moment of the shared machine falls on both pages alike.
        var emptyTimes = new List<double>();
        var fullTimes = new List<double>();
        var emptyTimeline = new List<double>();
        var fullTimeline = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            emptyTimes.Add(await TimeGetAsync(client, emptyPage));
            fullTimes.Add(await TimeGetAsync(client, fullPage));
            emptyTimeline.Add(await TimeGetAsync(client, emptyPage + "/timeline"));
            fullTimeline.Add(await TimeGetAsync(client, fullPage + "/timeline"));
        }

        // Where the time goes: the timeline service alone, then the reads of the page one by one.
        var timelineService = new List<double>();
        for (var i = 0; i < Requests; i++)
        {
            await using var scope = site.Services.CreateAsyncScope();
            var watch = Stopwatch.StartNew();
            await scope.ServiceProvider.GetRequiredService<TimelineService>().ListAsync(full);
            timelineService.Add(watch.Elapsed.TotalMilliseconds);
        }
        var reads = await Account360Breakdown.MeasureAsync(site.Services, full, Requests);

        var emptyP50 = Percentile(emptyTimes, 50);
        var fullP50 = Percentile(fullTimes, 50);
        var fullP95 = Percentile(fullTimes, 95);
        Console.WriteLine();
        Console.WriteLine("| Request (ms)                                  |    p50 |    p95 |");
        Console.WriteLine("|-----------------------------------------------|-------:|-------:|");
        Row("GET 360 page, empty account", emptyTimes);
        Row($"GET 360 page, {Contacts} contacts / {Activities / 1000}k activities", fullTimes);
        Row("GET timeline partial, empty account", emptyTimeline);
        Row("GET timeline partial, full account", fullTimeline);
        Row("TimelineService.ListAsync, full (direct)", timelineService);
        foreach (var (label, times) in reads) Row(label, times);
        Console.WriteLine();
        Console.WriteLine($"Full / empty: p50 {fullP50 / emptyP50:N1}x, p95 {fullP95 / Percentile(emptyTimes, 95):N1}x");
        Console.WriteLine($"Target: full page under {TargetMs:N0} ms: p50 {Verdict(fullP50, TargetMs)} ({fullP50:N1} ms), p95 {Verdict(fullP95, TargetMs)} ({fullP95:N1} ms)");
        return 0;
    }
}
