using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Recipes.Steps;

namespace OrchardCrm.Recipes;

public static class RecipeServices
{
    /// <summary>
    /// The recipe harvester, executor and the kernel's steps (feature, content, settings). Kernel steps
    /// belong to no feature, so they are always available. The ContentDefinition step is registered
    /// with the content definitions, and the Roles step with security.
    /// </summary>
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        services.AddSingleton<RecipeLocations>();
        services.AddSingleton<RecipeHarvester>();
        services.AddSingleton<IRecipeHarvester>(sp => sp.GetRequiredService<RecipeHarvester>());
        services.AddScoped<RecipeStepResolver>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();

        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, RecipesStep>();
        return services;
    }
}
