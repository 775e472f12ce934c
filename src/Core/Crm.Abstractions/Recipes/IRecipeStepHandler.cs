using System.Text.Json.Nodes;

namespace OrchardCrm.Recipes;

/// <summary>
/// Runs one kind of recipe step (its <see cref="Name"/> matches the step's "name"). The executor first
/// asks every step to <see cref="ValidateAsync"/> against the state the earlier steps will leave, then
/// runs them all in one database transaction, so a bad recipe applies nothing. A step must be
/// idempotent: running the same recipe twice changes nothing the second time.
/// Register with <c>services.AddRecipeStep&lt;T&gt;()</c>; a disabled feature's steps are unknown steps.
/// </summary>
public interface IRecipeStepHandler
{
    string Name { get; }

    /// <summary>Checks the step without applying it; reports problems with the field they concern.</summary>
    Task ValidateAsync(RecipeStepContext context) => Task.CompletedTask;

    Task ExecuteAsync(RecipeStepContext context);
}

public sealed class RecipeStepContext(string recipeName, int position, string stepName, JsonObject step, RecipeExecutionState state, IServiceProvider services)
{
    public string RecipeName { get; } = recipeName;

    /// <summary>1-based position of the step in the recipe.</summary>
    public int Position { get; } = position;

    public string StepName { get; } = stepName;

    /// <summary>The step's JSON, with variables already substituted.</summary>
    public JsonObject Step { get; } = step;

    /// <summary>What earlier steps of the same recipe will have done (features enabled, types defined), for validation.</summary>
    public RecipeExecutionState State { get; } = state;

    public IServiceProvider Services { get; } = services;

    public List<RecipeError> Errors { get; } = [];

    /// <param name="field">The JSON path of the offending value inside the step, e.g. "ContentTypes[2].Name".</param>
    public void Fail(string field, string message) => Errors.Add(new RecipeError(Position, StepName, field, message));
}

/// <summary>Facts that validation of later steps needs about earlier steps.</summary>
public sealed class RecipeExecutionState
{
    public HashSet<string> FeaturesToEnable { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> FeaturesToDisable { get; } = new(StringComparer.OrdinalIgnoreCase);
    public HashSet<string> ContentTypesDefined { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, object> Properties { get; } = [];
}

/// <summary>One problem with a recipe: which step (1-based position and name), which field, and what.</summary>
public sealed record RecipeError(int Position, string Step, string Field, string Message)
{
    private string StepText => Step.Length > 0 ? $"step {Position} '{Step}'" : $"step {Position}";

    public override string ToString() =>
        (Position, Field.Length) switch
        {
            (0, 0) => Message,
            (0, _) => $"field '{Field}': {Message}",
            (_, 0) => $"{StepText}: {Message}",
            _ => $"{StepText}, field '{Field}': {Message}",
        };
}
