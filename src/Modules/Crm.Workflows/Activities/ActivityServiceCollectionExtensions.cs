using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Workflows.Activities;

public static class ActivityServiceCollectionExtensions
{
    /// <summary>Adds an activity to the toolbox of the feature whose startup calls it (absent while that feature is off).</summary>
    public static IServiceCollection AddWorkflowActivity<T>(this IServiceCollection services) where T : class, IActivity
    {
        services.AddSingleton<IActivity, T>();
        return services;
    }
}
