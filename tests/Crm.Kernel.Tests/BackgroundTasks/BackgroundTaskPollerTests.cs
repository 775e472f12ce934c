using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Setup;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.BackgroundTasks;

/// <summary>The host's poller: off in tests unless asked for; when on, it waits for setup, then runs due tasks by itself.</summary>
public sealed class BackgroundTaskPollerTests
{
    [Theory, Databases]
    public async Task The_poller_runs_due_tasks_once_the_site_is_set_up(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(database, new Dictionary<string, string?>
        {
            ["Crm:BackgroundTasks:Enabled"] = "true",
            ["Crm:BackgroundTasks:PollSeconds"] = "0.2",
        });
        var probe = host.Services.GetRequiredService<TaskProbe>();
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Test.Tasks"]);

        // Several polls go by: none runs a task on a site that is not set up.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(0, probe.Runs(CountingTask.TaskName));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var setup = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
            {
                AdminUserName = "admin",
                AdminEmail = "admin@example.com",
                AdminPassword = "Poller-Test1!pw",
            });
            Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Test.Tasks"]);
        }

        var waited = Stopwatch.StartNew();
        while ((probe.Runs(CountingTask.TaskName) == 0 || probe.Runs(EveryNodeTask.TaskName) == 0) && waited.Elapsed < TimeSpan.FromSeconds(20)) await Task.Delay(100);
        Assert.Equal(1, probe.Runs(CountingTask.TaskName));
        Assert.Equal(1, probe.Runs(EveryNodeTask.TaskName));
    }

    [Theory, Databases]
    public async Task Test_hosts_do_not_poll_unless_a_test_asks(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(database);
        var probe = host.Services.GetRequiredService<TaskProbe>();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var setup = await scope.ServiceProvider.GetRequiredService<ISetupService>().SetupAsync(new SetupRequest
            {
                AdminUserName = "admin",
                AdminEmail = "admin@example.com",
                AdminPassword = "Poller-Test1!pw",
            });
            Assert.True(setup.Succeeded, string.Join("; ", setup.Errors));
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Test.Tasks"]);
        }

        // The default poll is every 5 seconds, the first at start: long enough to have run if it were on.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Equal(0, probe.Runs(CountingTask.TaskName));
    }
}
