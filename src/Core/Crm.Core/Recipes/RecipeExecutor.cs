using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using OrchardCrm.Data;
using OrchardCrm.Modules;

namespace OrchardCrm.Recipes;

/// <summary>
/// Runs a recipe in three stages: parse (and substitute variables), validate every step against the
/// state the earlier steps will leave, then execute every step in one database transaction on the
/// scope's <see cref="CrmDbContext"/>. Every service of the scope (feature manager, content manager,
/// site settings, Identity) uses that context, so all of them join the transaction; any error rolls
/// all of it back and the database is as it was. When the caller already holds a transaction (setup
/// runs several recipes and creates the admin in one), the recipe runs inside a savepoint of it and
/// the caller commits.
/// </summary>
public sealed class RecipeExecutor(
    CrmDbContext db,
    IServiceProvider services,
    RecipeStepResolver resolver,
    IShellFeatures shell,
    ILogger<RecipeExecutor> logger) : IRecipeExecutor
{
    private sealed record PlannedStep(int Position, string Name, JsonObject Json, IReadOnlyList<IRecipeStepHandler> Handlers);

    public async Task<RecipeResult> ExecuteFileAsync(string path, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
            return new RecipeResult(Path.GetFileName(path), [new RecipeError(0, "", "", $"Recipe file '{path}' was not found.")], 0);
        var json = await File.ReadAllTextAsync(path, cancellationToken);
        return await ExecuteAsync(json, Path.GetFullPath(path), variables, cancellationToken);
    }

    public async Task<RecipeResult> ExecuteAsync(string json, string source, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default)
    {
        var fallbackName = RecipeNames.FromSource(source);
        var (recipe, parseErrors) = ParsedRecipe.Parse(json, fallbackName);
        if (recipe is null) return new RecipeResult(fallbackName, parseErrors, 0);

        var errors = new List<RecipeError>(parseErrors);
        var steps = ReadSteps(recipe, variables, errors);
        // Inside a caller's transaction the shell already holds what that transaction enabled; a refresh
        // would read the committed set through another connection and lose it.
        if (db.Database.CurrentTransaction is null) await shell.RefreshAsync(cancellationToken);
        var planned = await ValidateAsync(recipe.Name, steps, errors);
        if (errors.Count > 0)
        {
            logger.LogWarning("Recipe {Recipe} refused: {Errors}", recipe.Name, string.Join("; ", errors));
            return new RecipeResult(recipe.Name, errors, 0);
        }
        return await RunAsync(recipe.Name, planned, cancellationToken);
    }

    /// <summary>The steps with variables substituted; structural problems are reported with the step's position.</summary>
    private static List<(int Position, string Name, JsonObject Json)> ReadSteps(ParsedRecipe recipe, IReadOnlyDictionary<string, string>? passed, List<RecipeError> errors)
    {
        var variables = RecipeVariables.Create(recipe.Variables, passed, errors);
        var steps = new List<(int, string, JsonObject)>();
        for (var i = 0; i < recipe.Steps.Count; i++)
        {
            var position = i + 1;
            if (recipe.Steps[i] is not JsonObject raw)
            {
                errors.Add(new RecipeError(position, "", "", "A step must be an object with a \"name\"."));
                continue;
            }
            var name = raw["name"]?.GetValueKind() == JsonValueKind.String ? raw["name"]!.GetValue<string>() : "";
            if (name.Length == 0)
            {
                errors.Add(new RecipeError(position, "", "name", "is required: the kind of step (feature, ContentDefinition, content, settings, ...)."));
                continue;
            }
            var json = (JsonObject)variables.Substitute(raw, "", (field, message) => errors.Add(new RecipeError(position, name, field, message)))!;
            steps.Add((position, name, json));
        }
        return steps;
    }

    private async Task<List<PlannedStep>> ValidateAsync(string recipeName, List<(int Position, string Name, JsonObject Json)> steps, List<RecipeError> errors)
    {
        var state = new RecipeExecutionState();
        var planned = new List<PlannedStep>();
        foreach (var (position, name, json) in steps)
        {
            var handlers = resolver.Resolve(name, state);
            if (handlers.Count == 0)
            {
                errors.Add(new RecipeError(position, name, "name", UnknownStepMessage(name)));
                continue;
            }
            foreach (var handler in handlers)
            {
                var context = new RecipeStepContext(recipeName, position, name, json, state, services);
                try
                {
                    await handler.ValidateAsync(context);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    context.Fail("", ex.Message);
                }
                errors.AddRange(context.Errors);
            }
            planned.Add(new PlannedStep(position, name, json, handlers));
        }
        return planned;
    }

    private string UnknownStepMessage(string name)
    {
        var features = resolver.FeaturesProviding(name);
        return features.Count == 0
            ? $"unknown step '{name}': no feature provides it."
            : $"step '{name}' belongs to feature '{string.Join("', '", features)}', which is not enabled; enable it in an earlier 'feature' step.";
    }

    private async Task<RecipeResult> RunAsync(string recipeName, List<PlannedStep> steps, CancellationToken cancellationToken)
    {
        var outer = db.Database.CurrentTransaction;
        var savepoint = "recipe_" + Guid.NewGuid().ToString("n")[..12];
        IDbContextTransaction? own = null;
        if (outer is null) own = await db.Database.BeginTransactionAsync(cancellationToken);
        else await outer.CreateSavepointAsync(savepoint, cancellationToken);

        var state = new RecipeExecutionState();
        var executed = 0;
        IReadOnlyList<RecipeError>? failure = null;
        foreach (var step in steps)
        {
            failure = await ExecuteStepAsync(recipeName, step, state);
            if (failure is not null) break;
            executed++;
        }

        if (failure is not null)
        {
            if (own is not null) await own.RollbackAsync(CancellationToken.None);
            else await outer!.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            await DisposeAsync(own);
            // Entities tracked during the steps describe rows that no longer exist.
            db.ChangeTracker.Clear();
            // The feature manager handed the shell a set that was never committed.
            shell.Invalidate();
            await shell.RefreshAsync(CancellationToken.None);
            logger.LogWarning("Recipe {Recipe} rolled back: {Error}", recipeName, string.Join("; ", failure));
            return new RecipeResult(recipeName, failure, 0);
        }

        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
            // A recipe may have imported many items: give the planner fresh statistics for them.
            await DatabaseStatistics.RefreshAsync(db, cancellationToken);
            await DisposeAsync(own);
            shell.Invalidate();
            await shell.RefreshAsync(cancellationToken);
        }
        else
        {
            await outer!.ReleaseSavepointAsync(savepoint, cancellationToken);
        }
        logger.LogInformation("Recipe {Recipe} applied ({Steps} steps)", recipeName, executed);
        return new RecipeResult(recipeName, [], executed);
    }

    private async Task<IReadOnlyList<RecipeError>?> ExecuteStepAsync(string recipeName, PlannedStep step, RecipeExecutionState state)
    {
        foreach (var handler in step.Handlers)
        {
            var context = new RecipeStepContext(recipeName, step.Position, step.Name, step.Json, state, services);
            try
            {
                await handler.ExecuteAsync(context);
            }
            catch (Exception ex)
            {
                return [new RecipeError(step.Position, step.Name, "", Describe(ex))];
            }
            if (context.Errors.Count > 0) return context.Errors;
        }
        return null;
    }

    private static string Describe(Exception ex) => ex switch
    {
        DbUpdateException { InnerException: { } inner } => inner.Message,
        _ => ex.Message,
    };

    private static async Task DisposeAsync(IDbContextTransaction? transaction)
    {
        if (transaction is not null) await transaction.DisposeAsync();
    }
}
