using OrchardCrm.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.Security;
using OrchardCrm.Workflows.Activities.Events;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.Endpoints;

/// <summary>
/// The webhook endpoint <c>/workflows/invoke/{token}</c> (anonymous: the unguessable token is the
/// credential; an unknown token answers 404) and the signal API <c>POST /api/workflows/signal/{name}</c>.
/// </summary>
public static class WorkflowEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods("/workflows/invoke/{token}", ["GET", "POST"], InvokeAsync).AllowAnonymous().DisableAntiforgery();
        routes.MapPost("/api/workflows/signal/{name}", SignalAsync).RequirePermission(Permissions.ManageWorkflows).DisableAntiforgery();
    }

    private static async Task<IResult> InvokeAsync(string token, HttpRequest request, WorkflowManager manager, CancellationToken cancellationToken)
    {
        if (token.Length < HttpRequestEvent.MinimumTokenLength || token.Length > 200) return Results.NotFound();
        var eventName = HttpRequestEvent.EventPrefix + token;
        if (!await manager.HasListenersAsync(eventName, cancellationToken)) return Results.NotFound();

        var input = new JsonObject
        {
            ["Method"] = request.Method,
            ["Query"] = new JsonObject([.. request.Query.Select(q => KeyValuePair.Create(q.Key, (JsonNode?)JsonValue.Create(q.Value.ToString())))]),
            ["Body"] = await ReadBodyAsync(request, cancellationToken),
        };
        var result = await manager.TriggerAsync(eventName, input, Correlation(request), cancellationToken);
        return Results.Accepted(value: new { started = result.Started, resumed = result.Resumed });
    }

    private static async Task<IResult> SignalAsync(string name, HttpRequest request, WorkflowManager manager, CancellationToken cancellationToken)
    {
        if (!SignalEvent.IsValidName(name))
            return ApiProblems.Field("name", "A signal name holds only letters, digits, '-', '_' or '.'.");
        var body = await ReadBodyAsync(request, cancellationToken);
        var input = body as JsonObject ?? new JsonObject { ["Body"] = body };
        var result = await manager.TriggerAsync(SignalEvent.EventFor(name), input, Correlation(request), cancellationToken);
        return Results.Ok(new { started = result.Started, resumed = result.Resumed });
    }

    private static string? Correlation(HttpRequest request) =>
        request.Query["correlationId"].ToString() is { Length: > 0 } id ? id : null;

    /// <summary>The body as JSON when it is JSON, else as text; at most 64 KB.</summary>
    private static async Task<JsonNode?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && !request.Headers.ContainsKey("Transfer-Encoding"))) return null;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyBytes];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        var text = new string(buffer, 0, read);
        if (text.Length == 0) return null;
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
