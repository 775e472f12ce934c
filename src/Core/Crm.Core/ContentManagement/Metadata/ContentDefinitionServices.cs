using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.ContentManagement.Metadata;

public static class ContentDefinitionServices
{
    /// <summary>The content definition manager and its cache.</summary>
    public static IServiceCollection AddContentDefinitions(this IServiceCollection services)
    {
        return services;
    }
}
