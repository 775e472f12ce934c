using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Recipes;

public static class RecipeServices
{
    /// <summary>The recipe harvester, executor and the kernel's steps (feature, ContentDefinition, content, settings).</summary>
    public static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        return services;
    }
}
