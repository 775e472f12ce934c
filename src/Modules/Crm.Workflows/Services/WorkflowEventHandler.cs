using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;
using OrchardCrm.Events;

namespace OrchardCrm.Workflows.Services;

/// <summary>Hands every CRM event to the workflow manager (start and resume).</summary>
public sealed class WorkflowEventHandler(WorkflowManager manager) : ICrmEventHandler
{
    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken) =>
        manager.TriggerAsync(crmEvent.Name, ToJson(crmEvent.Input), crmEvent.CorrelationId, cancellationToken);

    public static JsonObject ToJson(IReadOnlyDictionary<string, object?> input)
    {
        var json = new JsonObject();
        foreach (var (key, value) in input)
            json[key] = value switch
            {
                null => null,
                JsonNode node => node.DeepClone(),
                _ => JsonSerializer.SerializeToNode(value, value.GetType(), ContentJson.Options),
            };
        return json;
    }
}
