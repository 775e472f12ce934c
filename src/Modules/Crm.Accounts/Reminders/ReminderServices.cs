using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Accounts.Reminders;

/// <summary>Task reminders and overdue tasks: background work that turns due times into notifications and events.</summary>
public static class ReminderServices
{
    public static IServiceCollection AddAccountReminders(this IServiceCollection services) => services;
}
