using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Engine;

public sealed class VersioningAndRetentionTests
{
    private static WorkflowBuilder Greeting(string id, string greeting) => new WorkflowBuilder("Greeting", id)
        .Start("start", "Signal", new { SignalName = "greet" })
        .Then("wait", "Wait", new { SignalName = "go-on" })
        .Then("greet", "SetVariable", new { VariableName = "Greeting", Value = greeting, Syntax = "Liquid" })
        .Connect("start", "Done", "wait")
        .Connect("wait", "Received", "greet");

    [Theory, Databases]
    public async Task An_edit_makes_a_new_version_and_a_running_instance_finishes_on_its_own(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var v1 = await wf.SaveAsync(Greeting("greeting", "Hello"));
        var old = (await wf.SignalAsync("greet", "c1")).Started.Single();

        var v2 = await wf.SaveAsync(Greeting("greeting", "Bonjour"));
        var same = await wf.SaveAsync(Greeting("greeting", "Bonjour"));
        var fresh = (await wf.SignalAsync("greet", "c2")).Started.Single();
        await wf.SignalAsync("go-on", "c1");
        await wf.SignalAsync("go-on", "c2");

        Assert.Equal((1, 2, 2), (v1.Version, v2.Version, same.Version));
        var instances = (await wf.InstancesAsync("greeting")).ToDictionary(i => i.WorkflowId);
        Assert.Equal((1, "Hello"), (instances[old].WorkflowTypeVersion, WorkflowHarness.State(instances[old]).Variables["Greeting"]!.GetValue<string>()));
        Assert.Equal((2, "Bonjour"), (instances[fresh].WorkflowTypeVersion, WorkflowHarness.State(instances[fresh]).Variables["Greeting"]!.GetValue<string>()));
    }

    [Theory, Databases]
    public async Task A_singleton_never_runs_two_instances_for_the_same_item(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(Greeting("single", "Hi").Singleton());

        await wf.SignalAsync("greet", "deal-1");
        await wf.SignalAsync("greet", "deal-1");
        await wf.SignalAsync("greet", "deal-2");
        Assert.Equal(2, (await wf.InstancesAsync(type.WorkflowTypeId)).Count);

        await wf.SignalAsync("go-on", "deal-1");
        await wf.SignalAsync("greet", "deal-1");
        Assert.Equal(3, (await wf.InstancesAsync(type.WorkflowTypeId)).Count);
    }

    [Theory, Databases]
    public async Task Finished_and_faulted_instances_older_than_the_retention_are_deleted_halted_ones_stay(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, settings: new Dictionary<string, string?> { ["Crm:Workflows:RetentionDays"] = "7" });
        var type = await wf.SaveAsync(Greeting("kept", "Hi"));
        await wf.SignalAsync("greet", "old-finished");
        await wf.SignalAsync("go-on", "old-finished");
        await wf.SignalAsync("greet", "old-halted");
        wf.Clock.Advance(TimeSpan.FromDays(6));
        await wf.SignalAsync("greet", "recent");
        await wf.SignalAsync("go-on", "recent");

        wf.Clock.Advance(TimeSpan.FromDays(2));
        await wf.RunTimerTaskAsync();

        var left = await wf.InstancesAsync(type.WorkflowTypeId);
        Assert.Equal(["old-halted", "recent"], left.Select(i => i.CorrelationId).Order());
        Assert.All(left, i => Assert.NotEmpty(wf.JournalAsync(i.WorkflowId).Result));
    }

    [Theory, Databases]
    public async Task Saving_refuses_unknown_activities_bad_properties_and_dangling_transitions_naming_each(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var draft = new WorkflowBuilder("")
            .Start("t", "Timer", new { Cron = "99 * * * *" })
            .Then("x", "Teleport")
            .Then("v", "SetVariable", new { VariableName = "1bad" })
            .Connect("t", "Done", "nowhere")
            .Connect("v", "Maybe", "t")
            .Build();

        var errors = (await wf.SaveErrorsAsync(draft)).Select(e => e.ToString()).ToList();

        Assert.Contains(errors, e => e.StartsWith("Name:"));
        Assert.Contains(errors, e => e.StartsWith("Activities[0].Properties.Cron:") && e.Contains("minute"));
        Assert.Contains(errors, e => e.StartsWith("Activities[1].Name:") && e.Contains("Teleport"));
        Assert.Contains(errors, e => e.StartsWith("Activities[2].Properties.VariableName:"));
        Assert.Contains(errors, e => e.StartsWith("Transitions[0].DestinationActivityId:"));
        Assert.Contains(errors, e => e.StartsWith("Transitions[1].SourceOutcomeName:") && e.Contains("Maybe"));
        Assert.Empty(await wf.ScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().ListLatestAsync()));
    }
}
