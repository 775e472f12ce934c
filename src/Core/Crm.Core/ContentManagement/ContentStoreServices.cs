using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement.AuditTrail;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.ContentManagement.Store;

namespace OrchardCrm.ContentManagement;

public static class ContentStoreServices
{
    /// <summary>The content manager, index writer, query factory and audit trail.</summary>
    public static IServiceCollection AddContentStore(this IServiceCollection services)
    {
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<FieldBinder>();
        services.AddScoped<ContentValidator>();
        services.AddScoped<ContentIndexWriter>();
        services.AddScoped<Data.IMapIndexRebuilder, MapIndexRebuilder>();
        services.AddScoped<FieldChangeDetector>();
        services.AddScoped<ContentAuditTrail>();
        services.AddScoped<IAuditTrail>(sp => sp.GetRequiredService<ContentAuditTrail>());
        services.AddScoped<IContentQueryFactory, ContentQueryFactory>();
        services.AddScoped<IContentQueryContext, ContentQueryContext>();
        return services;
    }
}
