using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;

namespace OrchardCrm.Recipes.Tests;

public static class RecipeTestExtensions
{
    /// <summary>Runs a recipe in its own scope, as the admin page or the command line would.</summary>
    public static Task<RecipeResult> RunRecipeAsync(this TestShell shell, string json, IReadOnlyDictionary<string, string>? variables = null) =>
        shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, "test.recipe.json", variables));

    public static async Task RunRecipeOrFailAsync(this TestShell shell, string json)
    {
        var result = await shell.RunRecipeAsync(json);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
    }

    /// <summary>The repository's recipes folder (recipes/), found from the test's output directory.</summary>
    public static string RepositoryRecipe(string fileName) =>
        Path.Combine(RecipeLocations.FindRecipesDirectory("recipes") ?? throw new InvalidOperationException("recipes/ not found"), fileName);
}
