using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.BackgroundTasks;

/// <summary>
/// Background tasks on two nodes of one database: a one-node task runs once per due time whoever polls,
/// an every-node task runs on each node, failures are recorded without stopping the others, and a dead
/// node's lease is retaken once it lapses.
/// </summary>
public sealed class BackgroundTaskRunnerTests
{
    private const string Counting = CountingTask.TaskName;
    private const string EveryNode = EveryNodeTask.TaskName;
    private const string Failing = FailingTask.TaskName;

    [Theory, Databases]
    public async Task A_one_node_task_runs_exactly_once_per_due_time_when_two_nodes_poll_together(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);

        for (var round = 1; round <= 3; round++)
        {
            var ran = await nodes.PollBothAsync();

            Assert.Equal(round, nodes.RunsOnBoth(Counting));
            Assert.Single(ran.SelectMany(r => r), name => name == Counting);
            nodes.Clock.Advance(CountingTask.Every);
        }
    }

    [Theory, Databases]
    public async Task While_one_node_runs_a_task_the_other_node_does_not_run_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);
        var probeA = nodes.A.Services.GetRequiredService<TaskProbe>();
        probeA.Release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var runA = Task.Run(() => TaskNodes.RunDueAsync(nodes.A));
        await probeA.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Node A is inside the run: it is due by the clock, but leased.
        Assert.DoesNotContain(Counting, await TaskNodes.RunDueAsync(nodes.B));
        Assert.False(await TaskNodes.RunNowAsync(nodes.B, Counting));
        Assert.True((await TaskNodes.StatusAsync(nodes.B, Counting))!.Running);

        probeA.Release.SetResult();
        Assert.Contains(Counting, await runA);
        Assert.Equal(1, nodes.RunsOnBoth(Counting));
        Assert.False((await TaskNodes.StatusAsync(nodes.B, Counting))!.Running);
    }

    [Theory, Databases]
    public async Task An_every_node_task_runs_on_each_node(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);

        var ran = await nodes.PollBothAsync();

        Assert.Contains(EveryNode, ran[0]);
        Assert.Contains(EveryNode, ran[1]);
        Assert.Equal(1, nodes.Runs(nodes.A, EveryNode));
        Assert.Equal(1, nodes.Runs(nodes.B, EveryNode));
    }

    [Theory, Databases]
    public async Task A_task_that_is_not_due_yet_does_not_run_until_its_interval_has_passed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);
        await nodes.PollBothAsync();

        nodes.Clock.Advance(TimeSpan.FromMinutes(59));
        var early = await nodes.PollBothAsync();

        Assert.Empty(early.SelectMany(r => r));
        Assert.Equal(1, nodes.RunsOnBoth(Counting));
        Assert.Equal(1, nodes.Runs(nodes.A, EveryNode));

        nodes.Clock.Advance(TimeSpan.FromMinutes(1));
        await nodes.PollBothAsync();

        Assert.Equal(2, nodes.RunsOnBoth(Counting));
        Assert.Equal(2, nodes.Runs(nodes.A, EveryNode));
        Assert.Equal(2, nodes.Runs(nodes.B, EveryNode));
    }

    [Theory, Databases]
    public async Task A_failing_task_records_its_error_and_the_next_task_still_runs(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);
        var start = nodes.Clock.UtcNow;

        var ran = await TaskNodes.RunDueAsync(nodes.A);

        // The failing task is registered first; the ones after it ran all the same.
        Assert.Equal([Failing, Counting, EveryNode], ran);
        Assert.Equal(1, nodes.Runs(nodes.A, Counting));

        // Another node sees the outcome: it is in the database.
        var failed = await TaskNodes.StatusAsync(nodes.B, Failing);
        Assert.NotNull(failed);
        Assert.Contains(FailingTask.Message, failed.LastError);
        Assert.Equal(start, failed.LastRunUtc);
        Assert.Equal(start + TimeSpan.FromHours(1), failed.NextRunUtc);
        Assert.False(failed.Running);

        var succeeded = await TaskNodes.StatusAsync(nodes.B, Counting);
        Assert.NotNull(succeeded);
        Assert.Null(succeeded.LastError);
        Assert.Equal(start, succeeded.LastRunUtc);
        Assert.Equal("Crm.Test.Tasks", succeeded.FeatureId);

        // A failure is not retried at once: it waits for its next turn like a success.
        Assert.Empty(await TaskNodes.RunDueAsync(nodes.A));
        Assert.DoesNotContain(Failing, await TaskNodes.RunDueAsync(nodes.B));
        Assert.Equal(1, nodes.RunsOnBoth(Failing));
    }

    [Theory, Databases]
    public async Task A_lease_held_by_a_dead_node_is_retaken_once_it_expires(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);
        var now = nodes.Clock.UtcNow;
        // A node took the run (a lease of 5 minutes, the least there is) and died before finishing it.
        await nodes.A.ScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            db.BackgroundTaskStates.Add(new BackgroundTaskStateRecord
            {
                Name = Counting,
                NextRunUtc = now,
                LeaseOwner = "dead-node",
                LeaseExpiresUtc = now + BackgroundTaskRunnerLease.Minimum,
            });
            await db.SaveChangesAsync();
        });

        await nodes.PollBothAsync();
        Assert.Equal(0, nodes.RunsOnBoth(Counting));
        Assert.True((await TaskNodes.StatusAsync(nodes.A, Counting))!.Running);
        Assert.False(await TaskNodes.RunNowAsync(nodes.B, Counting));

        nodes.Clock.Advance(TimeSpan.FromMinutes(4));
        await nodes.PollBothAsync();
        Assert.Equal(0, nodes.RunsOnBoth(Counting));

        nodes.Clock.Advance(TimeSpan.FromMinutes(2));
        await nodes.PollBothAsync();
        Assert.Equal(1, nodes.RunsOnBoth(Counting));
        var status = await TaskNodes.StatusAsync(nodes.B, Counting);
        Assert.False(status!.Running);
        Assert.Equal(now + TimeSpan.FromMinutes(6), status.LastRunUtc);
    }

    [Theory, Databases]
    public async Task A_disabled_features_tasks_do_not_run_and_run_once_another_node_enables_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database, enableTasks: false);

        Assert.Empty(await TaskNodes.RunDueAsync(nodes.A));
        Assert.False(await TaskNodes.RunNowAsync(nodes.A, Counting));
        Assert.Null(await TaskNodes.StatusAsync(nodes.A, Counting));
        Assert.Equal(0, nodes.RunsOnBoth(Counting));

        await nodes.B.EnableAsync("Crm.Test.Tasks");
        Assert.Contains(Counting, await TaskNodes.RunDueAsync(nodes.A));

        await nodes.B.DisableAsync("Crm.Test.Tasks");
        nodes.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Empty(await TaskNodes.RunDueAsync(nodes.A));
        Assert.Equal(1, nodes.RunsOnBoth(Counting));
    }

    [Theory, Databases]
    public async Task Run_now_runs_a_task_that_is_not_due_and_refuses_an_unknown_one(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var nodes = await TaskNodes.StartAsync(database);
        await nodes.PollBothAsync();
        nodes.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await TaskNodes.RunNowAsync(nodes.B, Counting));
        Assert.True(await TaskNodes.RunNowAsync(nodes.B, EveryNode));
        Assert.False(await TaskNodes.RunNowAsync(nodes.B, "No.Such.Task"));

        Assert.Equal(2, nodes.RunsOnBoth(Counting));
        Assert.Equal(2, nodes.Runs(nodes.B, EveryNode));
        // The schedule moves on from the forced run.
        var status = await TaskNodes.StatusAsync(nodes.A, Counting);
        Assert.Equal(nodes.Clock.UtcNow + CountingTask.Every, status!.NextRunUtc);
    }
}

/// <summary>The least lease the runner takes (5 minutes), as the task's contract describes it.</summary>
internal static class BackgroundTaskRunnerLease
{
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(5);
}
