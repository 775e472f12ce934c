using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Documents;
using OrchardCrm.Recipes;
using OrchardCrm.Recipes.Steps;

namespace OrchardCrm.ContentManagement.Metadata;

public static class ContentDefinitionServices
{
    /// <summary>The content definition manager, its cache, and the ContentDefinition recipe step (kernel steps are always on).</summary>
    public static IServiceCollection AddContentDefinitions(this IServiceCollection services)
    {
        services.AddSingleton<ContentDefinitionCache>();
        services.AddScoped(sp => new ContentDefinitionManager(
            sp.GetRequiredService<DocumentStore>(),
            sp.GetRequiredService<CrmDbContext>(),
            sp.GetRequiredService<ContentDefinitionCache>()));
        services.AddScoped<IContentDefinitionManager>(sp => sp.GetRequiredService<ContentDefinitionManager>());
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();
        return services;
    }
}
