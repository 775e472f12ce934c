using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>
/// Calls a URL with a time-out and retries (on network errors, time-outs and 5xx answers). The status goes
/// to the variable HttpStatus and the body (first 64 KB) to HttpResponse; leaves by Success (2xx) or Failure.
/// </summary>
public sealed class HttpRequestTask : TaskActivity
{
    public const string ClientName = "Crm.Workflows";
    private const int MaxResponseChars = 64_000;

    public override string Name => "HttpRequest";
    public override string Category => "HTTP";
    public override string DisplayText => "HTTP request";
    public override string Description => "Sends an HTTP request.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("Url", "URL", ActivityPropertyKind.Template, "http(s) URL (Liquid).", Required: true),
        new("Method", "Method", ActivityPropertyKind.Select, Options: ["GET", "POST", "PUT", "PATCH", "DELETE"], Default: "POST"),
        new("Body", "Body", ActivityPropertyKind.Template, "Liquid; sent for POST, PUT and PATCH."),
        new("ContentType", "Content type", Default: "application/json"),
        new("TimeoutSeconds", "Time-out (seconds)", ActivityPropertyKind.Number, Default: "10"),
        new("Retries", "Retries", ActivityPropertyKind.Number, "Extra attempts after a failure (0-5).", Default: "2"),
    ];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Success", "Failure"];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        if (decimal.TryParse(ActivityRules.Text(properties, "TimeoutSeconds"), out var timeout) && (timeout < 1 || timeout > 120))
            validation.Error("TimeoutSeconds", "Time-out must be between 1 and 120 seconds.");
        if (decimal.TryParse(ActivityRules.Text(properties, "Retries"), out var retries) && (retries < 0 || retries > 5))
            validation.Error("Retries", "Retries must be between 0 and 5.");
    }

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var url = (await context.RenderAsync("Url")).Trim();
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"'{url}' is not an http(s) URL.");
        var method = new HttpMethod(context.Text("Method") is { Length: > 0 } m ? m.ToUpperInvariant() : "POST");
        var body = method == HttpMethod.Get || method == HttpMethod.Delete ? null : await context.RenderAsync("Body");
        var timeout = TimeSpan.FromSeconds(Number(context, "TimeoutSeconds", 10));
        var attempts = 1 + (int)Number(context, "Retries", 2);
        var client = context.GetService<IHttpClientFactory>().CreateClient(ClientName);

        string? failure = null;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (body is not null)
                request.Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(context.Text("ContentType") is { Length: > 0 } ct ? ct : "application/json"));
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken);
            cts.CancelAfter(timeout);
            try
            {
                using var response = await client.SendAsync(request, cts.Token);
                var text = await response.Content.ReadAsStringAsync(cts.Token);
                context.State.Variables["HttpStatus"] = (int)response.StatusCode;
                context.State.Variables["HttpResponse"] = text.Length > MaxResponseChars ? text[..MaxResponseChars] : text;
                context.State.Variables["HttpAttempts"] = attempt;
                if ((int)response.StatusCode < 500 || attempt == attempts)
                    return ActivityResult.Outcome(response.IsSuccessStatusCode ? "Success" : "Failure");
                failure = $"HTTP {(int)response.StatusCode}";
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !context.CancellationToken.IsCancellationRequested))
            {
                failure = ex is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : ex.Message;
            }
            if (attempt < attempts) await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), context.CancellationToken);
        }
        context.State.Variables["HttpStatus"] = null;
        context.State.Variables["HttpError"] = failure;
        context.State.Variables["HttpAttempts"] = attempts;
        return ActivityResult.Outcome("Failure");
    }

    private static double Number(ActivityContext context, string property, double fallback) =>
        double.TryParse(context.Text(property), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
