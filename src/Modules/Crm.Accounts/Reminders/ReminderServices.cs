using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;

namespace OrchardCrm.Accounts.Reminders;

/// <summary>Task reminders and overdue tasks: background work that turns due times into notifications and events.</summary>
public static class ReminderServices
{
    public static IServiceCollection AddAccountReminders(this IServiceCollection services)
    {
        services.AddModuleRecord<TaskOverdueRecord>();
        services.AddDataMigration<ReminderMigrations>();
        services.AddCrmEvent(TaskOverdueEvent.Descriptor);
        services.AddBackgroundTask<TaskReminderTask>();
        return services;
    }
}
