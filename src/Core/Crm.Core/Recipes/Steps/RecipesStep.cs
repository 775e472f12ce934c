using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// The "recipes" step runs other recipes by name, in order, inside the running recipe's transaction:
/// <c>{ "name": "recipes", "values": [ { "name": "sales-automation" } ] }</c> (Orchard Core's shape; a plain
/// string "sales-automation" is accepted too). Validation checks every step of each included recipe
/// against the state the earlier steps leave, so a bad included step refuses the whole recipe before
/// anything is applied, with the included recipe, step and field named. Included recipes are as idempotent
/// as their steps; a recipe that includes itself, directly or not, is refused.
/// </summary>
public sealed class RecipesStep(RecipeHarvester harvester) : IRecipeStepHandler
{
    private const string ChainKey = "recipes-step:chain";
    private const int MaxDepth = 5;
    private static readonly AsyncLocal<int> Depth = new();

    public string Name => "recipes";

    public async Task ValidateAsync(RecipeStepContext context)
    {
        var chain = Chain(context);
        foreach (var (field, name) in Entries(context))
        {
            var path = await harvester.FindAsync(name);
            if (path is null)
            {
                context.Fail(field, $"no recipe named '{name}' in the recipes folder or the modules.");
                continue;
            }
            var recipeName = RecipeNames.FromSource(path);
            if (chain.Contains(recipeName, StringComparer.OrdinalIgnoreCase) || chain.Count >= MaxDepth)
            {
                context.Fail(field, $"recipe '{name}' would include itself ({string.Join(" → ", chain.Append(recipeName))}).");
                continue;
            }
            chain.Add(recipeName);
            try
            {
                await ValidateIncludedAsync(context, field, name, await File.ReadAllTextAsync(path));
            }
            finally
            {
                chain.RemoveAt(chain.Count - 1);
            }
        }
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        if (Depth.Value >= MaxDepth)
        {
            context.Fail("values", $"recipes are nested more than {MaxDepth} deep.");
            return;
        }
        Depth.Value++;
        try
        {
            var executor = context.Services.GetRequiredService<IRecipeExecutor>();
            foreach (var (field, name) in Entries(context))
            {
                var path = await harvester.FindAsync(name);
                if (path is null)
                {
                    context.Fail(field, $"no recipe named '{name}'.");
                    return;
                }
                // Inside this recipe's transaction the executor runs it in a savepoint; its failure fails this step, so all rolls back.
                var result = await executor.ExecuteFileAsync(path);
                if (!result.Succeeded)
                {
                    foreach (var error in result.Errors) context.Fail(field, $"recipe '{name}': {error}");
                    return;
                }
            }
        }
        finally
        {
            Depth.Value--;
        }
    }

    /// <summary>The included recipe's steps validated in turn against the shared state (features they enable count for later steps).</summary>
    private static async Task ValidateIncludedAsync(RecipeStepContext context, string field, string name, string json)
    {
        var (recipe, parseErrors) = ParsedRecipe.Parse(json, name);
        var errors = new List<RecipeError>(parseErrors);
        if (recipe is not null)
        {
            var variables = RecipeVariables.Create(recipe.Variables, null, errors);
            var resolver = context.Services.GetRequiredService<RecipeStepResolver>();
            for (var i = 0; i < recipe.Steps.Count; i++)
            {
                var position = i + 1;
                if (recipe.Steps[i] is not JsonObject raw || raw["name"]?.GetValue<string>() is not { Length: > 0 } stepName)
                {
                    errors.Add(new RecipeError(position, "", "name", "A step must be an object with a \"name\"."));
                    continue;
                }
                var step = (JsonObject)variables.Substitute(raw, "", (f, m) => errors.Add(new RecipeError(position, stepName, f, m)))!;
                var handlers = resolver.Resolve(stepName, context.State);
                if (handlers.Count == 0)
                {
                    errors.Add(new RecipeError(position, stepName, "name", $"unknown step '{stepName}', or its feature is not enabled."));
                    continue;
                }
                foreach (var handler in handlers)
                {
                    var inner = new RecipeStepContext(recipe.Name, position, stepName, step, context.State, context.Services);
                    try
                    {
                        await handler.ValidateAsync(inner);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        inner.Fail("", ex.Message);
                    }
                    errors.AddRange(inner.Errors);
                }
            }
        }
        foreach (var error in errors) context.Fail(field, $"recipe '{name}', {error}");
    }

    /// <summary>The names to run, each with the field it came from ("values[0].name").</summary>
    private static List<(string Field, string Name)> Entries(RecipeStepContext context)
    {
        var entries = new List<(string, string)>();
        if (context.Step["values"] is not JsonArray values)
        {
            context.Fail("values", "is required: the recipes to run, e.g. [ { \"name\": \"sales-automation\" } ].");
            return entries;
        }
        for (var i = 0; i < values.Count; i++)
        {
            var (field, name) = values[i] switch
            {
                JsonObject obj => ($"values[{i}].name", StepJson.AsString(obj["name"])),
                var node => ($"values[{i}]", StepJson.AsString(node)),
            };
            if (string.IsNullOrWhiteSpace(name)) context.Fail(field, "must be the name of a recipe.");
            else entries.Add((field, name.Trim()));
        }
        return entries;
    }

    private static List<string> Chain(RecipeStepContext context)
    {
        if (context.State.Properties.TryGetValue(ChainKey, out var existing) && existing is List<string> chain) return chain;
        chain = [context.RecipeName];
        context.State.Properties[ChainKey] = chain;
        return chain;
    }
}
