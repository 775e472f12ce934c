using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace OrchardCrm.Benchmarks;

/// <summary>What the benchmarks through the real host share: signing in, timing a page, percentiles and table rows.</summary>
internal static class HostLatency
{
    /// <summary>A client signed in as the benchmark site's administrator, keeping its cookie.</summary>
    public static async Task<HttpClient> SignInAsync(string baseUrl)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
        var response = await client.PostAsJsonAsync("/api/session", new { userName = Account360Site.AdminUserName, password = Account360Site.AdminPassword });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>The round trip of one GET on loopback, body read in full; a page that is not 200 stops the run.</summary>
    public static async Task<double> TimeGetAsync(HttpClient client, string url)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        return elapsed;
    }

    /// <summary>The nearest-rank percentile.</summary>
    public static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    public static void Row(string label, List<double> times) =>
        Console.WriteLine($"| {label,-45} | {Percentile(times, 50),6:N1} | {Percentile(times, 95),6:N1} |");

    public static string Verdict(double ms, double target) => ms < target ? "PASS" : "MISS";
}
