using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Setup;

public static class SetupServices
{
    public static IServiceCollection AddCrmSetup(this IServiceCollection services)
    {
        services.AddScoped<ISetupService, SetupService>();
        return services;
    }
}
