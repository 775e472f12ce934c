using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>Sets one field of a content item (by default the correlated one) and saves it, publishing it again when it was published.</summary>
public sealed class UpdateFieldTask : TaskActivity
{
    public override string Name => "UpdateField";
    public override string Category => "Content";
    public override string DisplayText => "Update field";
    public override string Description => "Changes a field of a content item.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("ContentItemId", "Content item id", ActivityPropertyKind.Template, "Liquid; empty: the item the workflow is about (its correlation id)."),
        new("PartName", "Part", Required: true, Hint: "e.g. AccountPart"),
        new("FieldName", "Field", Required: true, Hint: "e.g. LifecycleStage"),
        new("FieldJson", "Field value (JSON, Liquid)", ActivityPropertyKind.Template, "The field's JSON, e.g. { \"Values\": [\"Customer\"] } or { \"Text\": \"{{ DealName }}\" }", Required: true),
    ];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Done", "NotFound", "Invalid"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var id = (await context.RenderAsync("ContentItemId")).Trim();
        if (id.Length == 0) id = context.Run.Instance.CorrelationId ?? "";
        var contents = context.GetService<IContentManager>();
        var item = id.Length == 0 ? null : await contents.GetAsync(id, VersionOptions.Latest, context.CancellationToken);
        if (item is null) return ActivityResult.Outcome("NotFound");

        JsonNode? value;
        var rendered = await context.RenderAsync("FieldJson");
        try { value = JsonNode.Parse(rendered); }
        catch (JsonException ex) { throw new Scripting.WorkflowScriptException($"The field value did not render valid JSON: {ex.Message}"); }

        var wasPublished = item.Published;
        item.GetOrCreatePart(context.Text("PartName").Trim())[context.Text("FieldName").Trim()] = value;
        var result = await contents.UpdateAsync(item, context.CancellationToken);
        if (result.Succeeded && wasPublished)
        {
            var latest = await contents.GetAsync(id, VersionOptions.Latest, context.CancellationToken);
            if (latest is { Published: false }) result = await contents.PublishAsync(latest, context.CancellationToken);
        }
        if (!result.Succeeded)
        {
            context.State.Variables["LastErrors"] = result.ToString();
            return ActivityResult.Outcome("Invalid");
        }
        return ActivityResult.Outcome("Done");
    }
}
