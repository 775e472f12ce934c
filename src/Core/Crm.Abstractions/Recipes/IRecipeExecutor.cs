namespace OrchardCrm.Recipes;

/// <summary>A recipe as found in <c>recipes/</c> or in a module's <c>Recipes</c> folder.</summary>
public sealed record RecipeDescriptor(string Name, string DisplayName, string Description, string Version, bool IsSetupRecipe, IReadOnlyList<string> Categories, IReadOnlyList<string> Tags, string Source);

public interface IRecipeHarvester
{
    /// <summary>The recipes of the recipes folder and of the modules.</summary>
    Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken cancellationToken = default);
}

public interface IRecipeExecutor
{
    /// <summary>Validates, then applies the recipe in one transaction. On any error nothing is applied.</summary>
    Task<RecipeResult> ExecuteAsync(string json, string source, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default);

    Task<RecipeResult> ExecuteFileAsync(string path, IReadOnlyDictionary<string, string>? variables = null, CancellationToken cancellationToken = default);
}

public sealed record RecipeResult(string RecipeName, IReadOnlyList<RecipeError> Errors, int StepsExecuted)
{
    public bool Succeeded => Errors.Count == 0;
}
