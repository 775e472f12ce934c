using System.Text.Json;
using System.Text.Json.Nodes;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Recipes;

namespace OrchardCrm.Deals.Recipes;

/// <summary>
/// <c>{ "name": "Pipelines", "pipelines": [ { "id": "new-business", "name": "New business", "isDefault": true,
/// "stages": [ { "id": "qualification", "name": "Qualification", "order": 0, "probability": 10,
/// "forecastCategory": "Pipeline", "rottingDays": 14, "followUpDays": null, "followUpTitle": null }, ... ] } ] }</c>:
/// creates or replaces the pipelines by id (others are left alone). Every pipeline is checked before any
/// is saved, errors naming the field ("pipelines[1].stages[2].probability"); saving what is stored writes nothing.
/// </summary>
public sealed class PipelinesStep(IPipelineService pipelines) : IRecipeStepHandler
{
    public string Name => "Pipelines";

    public Task ValidateAsync(RecipeStepContext context)
    {
        Read(context);
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var read = Read(context);
        if (read is null) return;
        for (var i = 0; i < read.Count; i++)
        {
            var result = await pipelines.SaveAsync(read[i]);
            foreach (var error in result.Errors) context.Fail(Path(i, error.Field), error.Message);
            if (!result.Succeeded) return;
        }
    }

    private static List<Pipeline>? Read(RecipeStepContext context)
    {
        var errors = context.Errors.Count;
        foreach (var (key, _) in context.Step)
            if (key is not ("name" or "pipelines")) context.Fail(key, "is not a parameter of this step (expected: pipelines).");
        if (context.Step["pipelines"] is not JsonArray array || array.Count == 0)
        {
            context.Fail("pipelines", "must be a non-empty array of pipelines.");
            return null;
        }
        var list = new List<Pipeline>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            Pipeline? pipeline;
            try
            {
                pipeline = array[i]?.Deserialize<Pipeline>(PipelineJson.Options);
            }
            catch (JsonException e)
            {
                var at = (e.Path ?? "$").TrimStart('$').TrimStart('.');
                context.Fail(at.Length == 0 ? $"pipelines[{i}]" : $"pipelines[{i}].{at}", "has a value of the wrong kind: " + FirstLine(e.Message));
                continue;
            }
            if (pipeline is null) { context.Fail($"pipelines[{i}]", "must be an object."); continue; }
            pipeline.Stages ??= [];
            foreach (var error in PipelineValidator.Validate(pipeline)) context.Fail(Path(i, error.Field), error.Message);
            if (!string.IsNullOrEmpty(pipeline.Id) && !ids.Add(pipeline.Id)) context.Fail($"pipelines[{i}].id", $"'{pipeline.Id}' appears twice in this step.");
            list.Add(pipeline);
        }
        if (list.Count(p => p.IsDefault) > 1) context.Fail("pipelines", "at most one pipeline can be the default.");
        return context.Errors.Count > errors ? null : list;
    }

    /// <summary>"Stages[2].Probability" of pipeline 1 → "pipelines[1].stages[2].probability" (the step's JSON names).</summary>
    private static string Path(int index, string field) =>
        $"pipelines[{index}]." + string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
