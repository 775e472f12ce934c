using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.Scripting;

namespace OrchardCrm.Workflows.Activities;

/// <summary>One activity of one instance, while it runs: its properties, the instance's state, the event that arrived, and expressions.</summary>
public sealed class ActivityContext
{
    public required WorkflowRun Run { get; init; }
    public required ActivityRecord Activity { get; init; }

    /// <summary>The event being matched or resumed on (null while executing normally).</summary>
    public string? EventName { get; init; }

    /// <summary>The activity the workflow came from (for Join).</summary>
    public string? ArrivedFrom { get; init; }

    public CancellationToken CancellationToken { get; init; }

    public JsonObject Properties => Activity.Properties;
    public WorkflowState State => Run.State;
    public IServiceProvider Services => Run.Services;
    public DateTime UtcNow => Run.UtcNow;

    public T GetService<T>() where T : notnull => Services.GetRequiredService<T>();

    public string Text(string property) => Properties[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : Properties[property]?.ToJsonString() ?? "";

    public bool Flag(string property) => Properties[property] is JsonValue v && (v.TryGetValue<bool>(out var b) ? b : v.TryGetValue<string>(out var s) && bool.TryParse(s, out var p) && p);

    /// <summary>Renders a property as a Liquid template over the workflow's model.</summary>
    public async Task<string> RenderAsync(string property) =>
        await GetService<ExpressionEvaluator>().RenderAsync(Text(property), await Run.ModelAsync(), CancellationToken);

    /// <summary>Evaluates a JavaScript or Liquid expression ("Syntax" property) to a JSON value.</summary>
    public async Task<JsonNode?> EvaluateAsync(string property, string syntax) =>
        await GetService<ExpressionEvaluator>().EvaluateAsync(Text(property), syntax, await Run.ModelAsync(), CancellationToken);
}
