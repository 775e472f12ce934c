using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Scripting;

namespace OrchardCrm.Workflows.Services;

/// <summary>An instance in memory while it runs: its row, its type version's graph, its state, and the model expressions see.</summary>
public sealed class WorkflowRun
{
    public required WorkflowInstanceRecord Instance { get; init; }
    public required WorkflowTypeRecord Type { get; init; }
    public required WorkflowDefinition Definition { get; init; }
    public required WorkflowState State { get; init; }
    public required IServiceProvider Services { get; init; }
    public required DateTime UtcNow { get; init; }

    /// <summary>Journal rows written during this run (saved with the instance).</summary>
    public List<WorkflowJournalRecord> Journal { get; } = [];

    private JsonObject? _content;
    private bool _contentLoaded;

    /// <summary>
    /// <c>{ input, variables, content, workflow }</c>. The content is the event's own copy for content
    /// events, else the correlated item if it is a content item (latest version).
    /// </summary>
    public async Task<JsonObject> ModelAsync()
    {
        if (!_contentLoaded)
        {
            _contentLoaded = true;
            if (State.Input["Content"] is JsonObject fromEvent) _content = (JsonObject)fromEvent.DeepClone();
            else if (Instance.CorrelationId is { Length: > 0 } id)
            {
                var item = await Services.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
                if (item is not null) _content = ContentModel.From(item);
            }
        }
        return new JsonObject
        {
            ["input"] = State.Input.DeepClone(),
            ["variables"] = State.Variables.DeepClone(),
            ["content"] = _content?.DeepClone(),
            ["workflow"] = new JsonObject
            {
                ["WorkflowId"] = Instance.WorkflowId,
                ["WorkflowTypeId"] = Instance.WorkflowTypeId,
                ["Name"] = Type.Name,
                ["Version"] = Instance.WorkflowTypeVersion,
                ["CorrelationId"] = Instance.CorrelationId,
            },
        };
    }

    /// <summary>Forget the loaded content (a new event arrived).</summary>
    public void ResetModel() => (_content, _contentLoaded) = (null, false);
}
