using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Notifications.Api;
using OrchardCrm.Notifications.Models;
using OrchardCrm.Notifications.Services;

namespace OrchardCrm.Notifications;

[Feature("Crm.Notifications")]
public sealed class Startup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleRecord<UserNotificationRecord>();
        services.AddDataMigration<Migrations>();
        services.AddScoped<IUserNotifier, UserNotifier>();
        services.AddScoped<UserNotificationInbox>();
        services.AddTopBarItem<NotificationBell>();
        services.AddNavigationProvider<AdminMenu>();
        services.AddBackgroundTask<NotificationRetentionTask>();
    }

    public override void Configure(IEndpointRouteBuilder routes) => routes.MapNotificationApi();
}
