using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.BackgroundTasks;
using OrchardCrm.Common;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.BackgroundTasks;

/// <summary>Two nodes (shells) on one database with one clock, and the test tasks' feature enabled.</summary>
internal sealed class TaskNodes : IAsyncDisposable
{
    private TaskNodes(TestShell a, TestShell b, TestClock clock)
    {
        A = a;
        B = b;
        Clock = clock;
    }

    public TestShell A { get; }
    public TestShell B { get; }
    public TestClock Clock { get; }

    public static async Task<TaskNodes> StartAsync(TestDatabase database, bool enableTasks = true)
    {
        var clock = new TestClock(new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc));
        var a = await TestShell.StartAsync(database, s => s.AddSingleton<IClock>(clock));
        var b = await TestShell.StartAsync(database, s => s.AddSingleton<IClock>(clock));
        if (enableTasks) await a.EnableAsync("Crm.Test.Tasks");
        return new TaskNodes(a, b, clock);
    }

    public static Task<IReadOnlyList<string>> RunDueAsync(TestShell node) =>
        node.ScopeAsync(sp => sp.GetRequiredService<IBackgroundTaskRunner>().RunDueAsync());

    public static Task<bool> RunNowAsync(TestShell node, string name) =>
        node.ScopeAsync(sp => sp.GetRequiredService<IBackgroundTaskRunner>().RunNowAsync(name));

    public static async Task<BackgroundTaskStatus?> StatusAsync(TestShell node, string name) =>
        (await node.ScopeAsync(sp => sp.GetRequiredService<IBackgroundTaskRunner>().ListAsync())).FirstOrDefault(s => s.Name == name);

    /// <summary>Both nodes poll at the same moment.</summary>
    public Task<IReadOnlyList<string>[]> PollBothAsync() => Task.WhenAll(Task.Run(() => RunDueAsync(A)), Task.Run(() => RunDueAsync(B)));

    public int Runs(TestShell node, string task) => node.Services.GetRequiredService<TaskProbe>().Runs(task);

    public int RunsOnBoth(string task) => Runs(A, task) + Runs(B, task);

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
