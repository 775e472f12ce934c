using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Workflows.Activities.Tasks;

/// <summary>
/// Creates a content item of a type from a Liquid template of its parts' JSON. The new id is stored in the
/// variable "CreatedContentItemId". Validation errors leave by Invalid (with the errors in "LastErrors").
/// </summary>
public sealed class CreateContentTask : TaskActivity
{
    public override string Name => "CreateContent";
    public override string Category => "Content";
    public override string DisplayText => "Create content";
    public override string Description => "Creates a content item.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new("ContentType", "Content type", Required: true),
        new("ContentJson", "Content (JSON, Liquid)", ActivityPropertyKind.Template, "The parts and fields, e.g. { \"AccountPart\": { \"Name\": { \"Text\": \"{{ DealName }}\" } } }", Required: true, Default: "{}"),
        new("Owner", "Owner", ActivityPropertyKind.Template, "User name (Liquid); empty: the workflow's system user."),
        new("Publish", "Publish", ActivityPropertyKind.Boolean, Default: "true"),
    ];

    public override IReadOnlyList<string> GetOutcomes(JsonObject properties) => ["Done", "Invalid"];

    public override async Task<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var contents = context.GetService<IContentManager>();
        var item = await contents.NewAsync(context.Text("ContentType").Trim());
        MergeInto(item, await context.RenderAsync("ContentJson"));
        if ((await context.RenderAsync("Owner")).Trim() is { Length: > 0 } owner) item.Owner = owner;
        var result = await contents.CreateAsync(item, publish: context.Properties["Publish"] is null || context.Flag("Publish"), context.CancellationToken);
        if (!result.Succeeded)
        {
            context.State.Variables["LastErrors"] = result.ToString();
            return ActivityResult.Outcome("Invalid");
        }
        context.State.Variables["CreatedContentItemId"] = item.ContentItemId;
        return ActivityResult.Outcome("Done");
    }

    /// <summary>Copies the rendered parts into the item (fields the template leaves out keep their defaults).</summary>
    internal static void MergeInto(ContentItem item, string json)
    {
        JsonObject parts;
        try
        {
            parts = JsonNode.Parse(json) as JsonObject ?? throw new Scripting.WorkflowScriptException("The content template must render a JSON object of parts.");
        }
        catch (JsonException ex)
        {
            throw new Scripting.WorkflowScriptException($"The content template did not render valid JSON: {ex.Message}");
        }
        foreach (var (partName, part) in parts)
        {
            if (part is not JsonObject fields) continue;
            var target = item.GetOrCreatePart(partName);
            foreach (var (field, value) in fields) target[field] = value?.DeepClone();
        }
    }
}
