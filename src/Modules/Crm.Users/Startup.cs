using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Users.Services;

namespace OrchardCrm.Users;

public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddPermissionProvider<UserPermissions>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddScoped<AdministratorGuard>();
        services.AddCrmEvent(UserEvents.SignedInDescriptor);
    }
}
