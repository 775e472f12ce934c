using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Events;
using OrchardCrm.Recipes;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.Recipes;

/// <summary>
/// The "WorkflowType" step: <c>{ "name": "WorkflowType", "data": [ { "WorkflowTypeId": "...", ... } ] }</c>.
/// Each type is upserted by its WorkflowTypeId; an unchanged type is left as it is (no new version), so
/// running the recipe again changes nothing. Every type is validated before any is saved.
/// </summary>
public sealed class WorkflowTypeStep(WorkflowTypeStore types, IServiceProvider services) : IRecipeStepHandler
{
    public string Name => "WorkflowType";

    public Task ValidateAsync(RecipeStepContext context)
    {
        Read(context);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var drafts = Read(context);
        if (context.Errors.Count > 0) return;
        var library = Library();
        foreach (var (index, draft) in drafts)
        {
            var (_, errors) = await types.SaveAsync(draft, library);
            foreach (var error in errors) context.Fail($"data[{index}].{error.JsonPath}", error.Message);
            if (errors.Count > 0) return;
        }
    }

    /// <summary>The drafts, each validated against every activity of the module (its feature may be switched on by an earlier step).</summary>
    private List<(int Index, WorkflowTypeDraft Draft)> Read(RecipeStepContext context)
    {
        var drafts = new List<(int, WorkflowTypeDraft)>();
        if (context.Step["data"] is not System.Text.Json.Nodes.JsonArray data)
        {
            context.Fail("data", "is required: an array of workflow types.");
            return drafts;
        }
        var library = Library();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < data.Count; i++)
        {
            var index = i;
            var draft = WorkflowTypeJson.Read(data[i], (field, message) => context.Fail(field.Length == 0 ? $"data[{index}]" : $"data[{index}].{field}", message));
            if (draft is null) continue;
            if (!seen.Add(draft.WorkflowTypeId!)) context.Fail($"data[{i}].WorkflowTypeId", $"'{draft.WorkflowTypeId}' appears twice in the step.");
            foreach (var error in WorkflowValidator.Validate(draft, library)) context.Fail($"data[{i}].{error.JsonPath}", error.Message);
            drafts.Add((i, draft));
        }
        return drafts;
    }

    private ActivityLibrary Library() =>
        new(services.GetServices<IActivity>(), services.GetServices<CrmEventDescriptor>());
}
