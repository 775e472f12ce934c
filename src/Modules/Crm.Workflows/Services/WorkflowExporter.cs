using System.Text.Json.Nodes;
using OrchardCrm.Workflows.Recipes;

namespace OrchardCrm.Workflows.Services;

/// <summary>Writes workflow types as a "WorkflowType" recipe step (what the recipe step imports).</summary>
public sealed class WorkflowExporter(WorkflowTypeStore types)
{
    /// <param name="workflowTypeIds">Null: every type.</param>
    public async Task<JsonObject> ExportStepAsync(IReadOnlyCollection<string>? workflowTypeIds = null, CancellationToken cancellationToken = default)
    {
        var latest = await types.ListLatestAsync(cancellationToken);
        var data = new JsonArray();
        foreach (var type in latest.Where(t => workflowTypeIds is null || workflowTypeIds.Contains(t.WorkflowTypeId)))
            data.Add(WorkflowTypeJson.Write(type));
        return new JsonObject { ["name"] = "WorkflowType", ["data"] = data };
    }
}
