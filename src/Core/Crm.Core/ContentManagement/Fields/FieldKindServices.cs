using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.ContentManagement.Fields;

public static class FieldKindServices
{
    /// <summary>The built-in field kinds and their registry.</summary>
    public static IServiceCollection AddFieldKinds(this IServiceCollection services)
    {
        return services;
    }
}
