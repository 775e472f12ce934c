using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Security;

public static class SecurityServices
{
    /// <summary>Identity stores, permissions and the one authorization path.</summary>
    public static IServiceCollection AddCrmSecurity(this IServiceCollection services)
    {
        return services;
    }
}
