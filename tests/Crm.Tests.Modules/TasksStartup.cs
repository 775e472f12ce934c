using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.Modules;

namespace OrchardCrm.Tests.Modules;

[Feature("Crm.Test.Tasks")]
public sealed class TasksStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.TryAddSingleton<TaskProbe>();
        services.AddBackgroundTask<FailingTask>();
        services.AddBackgroundTask<CountingTask>();
        services.AddBackgroundTask<EveryNodeTask>();
    }
}
