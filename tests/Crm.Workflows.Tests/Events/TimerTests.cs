using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Scheduling;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Events;

public sealed class TimerTests
{
    [Theory, Databases]
    public async Task A_cron_timer_starts_its_workflow_when_due_once_per_time(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        wf.Clock.UtcNow = new DateTime(2026, 6, 1, 7, 30, 0, DateTimeKind.Utc); // a Monday
        var type = await wf.SaveAsync(new WorkflowBuilder("Morning digest").Start("morning", "Timer", new { Cron = "0 8 * * MON-FRI" }));

        await wf.RunTimerTaskAsync();
        Assert.Empty(await wf.InstancesAsync(type.WorkflowTypeId));

        wf.Clock.UtcNow = new DateTime(2026, 6, 1, 8, 0, 30, DateTimeKind.Utc);
        await wf.RunTimerTaskAsync();
        await wf.RunTimerTaskAsync();
        Assert.Single(await wf.InstancesAsync(type.WorkflowTypeId));

        wf.Clock.UtcNow = new DateTime(2026, 6, 2, 8, 0, 10, DateTimeKind.Utc);
        await wf.RunTimerTaskAsync();
        Assert.Equal(2, (await wf.InstancesAsync(type.WorkflowTypeId)).Count);
    }

    [Theory, Databases]
    public async Task A_timer_inside_a_workflow_fires_exactly_once_when_two_nodes_run_the_timer_task_together(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var clock = new TestClock();
        await using var nodeA = await WorkflowHarness.StartAsync(db, clock: clock);
        await using var nodeB = await WorkflowHarness.StartAsync(db, clock: clock, enable: false);
        await nodeB.Shell.Services.GetRequiredService<OrchardCrm.Modules.IShellFeatures>().RefreshAsync();
        var type = await nodeA.SaveAsync(new WorkflowBuilder("Chase later")
            .Start("signal", "Signal", new { SignalName = "chase" })
            .Then("later", "Timer", new { Delay = "2h" })
            .Then("notify", "NotifyUser", new { UserName = "ada", Title = "Chase the client" })
            .Connect("signal", "Done", "later")
            .Connect("later", "Done", "notify"));
        for (var i = 0; i < 5; i++) await nodeA.SignalAsync("chase", "deal-" + i);
        Assert.All(await nodeA.InstancesAsync(type.WorkflowTypeId), i => Assert.Equal("Halted", i.Status));

        clock.Advance(TimeSpan.FromMinutes(119));
        await Task.WhenAll(nodeA.RunTimerTaskAsync(), nodeB.RunTimerTaskAsync());
        Assert.Empty(nodeA.Notifier.Sent.Concat(nodeB.Notifier.Sent));

        clock.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(nodeA.RunTimerTaskAsync(), nodeB.RunTimerTaskAsync());
        await Task.WhenAll(nodeA.RunTimerTaskAsync(), nodeB.RunTimerTaskAsync());

        Assert.Equal(5, nodeA.Notifier.Sent.Count + nodeB.Notifier.Sent.Count);
        Assert.All(await nodeA.InstancesAsync(type.WorkflowTypeId), i => Assert.Equal("Finished", i.Status));
    }

    [Fact]
    public void Cron_expressions_give_the_next_matching_minute()
    {
        var from = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc); // Monday
        Assert.Equal(new DateTime(2026, 6, 1, 8, 15, 0), CronExpression.Parse("*/15 * * * *").Next(from));
        Assert.Equal(new DateTime(2026, 6, 6, 0, 0, 0), CronExpression.Parse("0 0 * * SAT").Next(from));
        Assert.Equal(new DateTime(2026, 6, 1, 9, 30, 0), CronExpression.Parse("30 9 1 * *").Next(from));
        Assert.Equal(new DateTime(2026, 7, 1, 9, 30, 0), CronExpression.Parse("30 9 1 * *").Next(from.AddHours(2)));
        Assert.Equal(new DateTime(2027, 2, 1, 0, 0, 0), CronExpression.Parse("0 0 1 feb *").Next(from));
        Assert.False(CronExpression.TryParse("61 * * * *", out _, out var error));
        Assert.Contains("minute", error);
        Assert.False(CronExpression.TryParse("* * *", out _, out _));
    }
}
