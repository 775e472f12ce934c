using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement.Fields;
using OrchardCrm.ContentManagement.Metadata;

namespace OrchardCrm.ContentManagement;

public static class ContentManagementServices
{
    /// <summary>The content definition manager, field kinds, content manager, indexes, queries and audit trail.</summary>
    public static IServiceCollection AddContentManagement(this IServiceCollection services)
    {
        services.AddContentDefinitions();
        services.AddFieldKinds();
        services.AddContentStore();
        return services;
    }
}
