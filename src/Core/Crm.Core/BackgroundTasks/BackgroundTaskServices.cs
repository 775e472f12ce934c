using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.BackgroundTasks;

public static class BackgroundTaskServices
{
    /// <summary>The runner and its state; the host adds <see cref="BackgroundTaskHostedService"/> to poll it.</summary>
    public static IServiceCollection AddBackgroundTaskRunner(this IServiceCollection services)
    {
        services.AddSingleton<BackgroundTaskLeases>();
        services.AddSingleton<EveryNodeSchedule>();
        services.AddSingleton<IBackgroundTaskRunner, BackgroundTaskRunner>();
        return services;
    }
}
