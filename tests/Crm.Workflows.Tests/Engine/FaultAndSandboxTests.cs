using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Engine;

public sealed class FaultAndSandboxTests
{
    [Theory, Databases]
    public async Task A_failing_activity_faults_its_instance_with_the_error_and_the_save_that_triggered_it_still_succeeds(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.DefineNoteTypeAsync();
        var type = await wf.SaveAsync(new WorkflowBuilder("Broken")
            .Start("created", "ContentCreated", new { ContentTypes = "Note" })
            .Then("ok", "SetVariable", new { VariableName = "Before", Value = "1" })
            .Then("boom", "SetVariable", new { VariableName = "X", Value = "input.Missing.Deeper" })
            .Then("after", "SetVariable", new { VariableName = "After", Value = "1" })
            .Connect("created", "Done", "ok")
            .Connect("ok", "Done", "boom")
            .Connect("boom", "Done", "after"));

        var note = await wf.CreateNoteAsync("still saved");

        Assert.NotNull(await wf.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(note.ContentItemId)));
        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Faulted", instance.Status);
        Assert.Contains("JavaScript error", instance.Fault);
        var journal = await wf.JournalAsync(instance.WorkflowId);
        Assert.Equal(["created", "ok", "boom"], journal.Select(j => j.ActivityId));
        Assert.Contains("Deeper", journal[^1].Error);
        Assert.Null(journal[^1].Outcome);
        Assert.Null(WorkflowHarness.State(instance).Variables["After"]);
    }

    [Theory, Databases]
    public async Task An_endless_script_is_stopped_by_its_time_limit(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Loop")
            .Start("go", "Signal", new { SignalName = "loop" })
            .Then("spin", "IfElse", new { Condition = "while (true) {} true" })
            .Connect("go", "Done", "spin"));

        var started = DateTime.UtcNow;
        await wf.SignalAsync("loop");

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Faulted", instance.Status);
        Assert.Contains("was stopped", instance.Fault);
    }

    [Theory, Databases]
    public async Task Scripts_cannot_reach_dotnet_files_or_recurse_without_end(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var clr = await wf.SaveAsync(new WorkflowBuilder("Clr")
            .Start("go", "Signal", new { SignalName = "clr" })
            .Then("read", "SetVariable", new { VariableName = "Secret", Value = "System.IO.File.ReadAllText('/etc/passwd')" })
            .Connect("go", "Done", "read"));
        var import = await wf.SaveAsync(new WorkflowBuilder("Import")
            .Start("go", "Signal", new { SignalName = "import" })
            .Then("read", "SetVariable", new { VariableName = "Secret", Value = "importNamespace('System.IO').File.ReadAllText('/etc/passwd')" })
            .Connect("go", "Done", "read"));
        var recursion = await wf.SaveAsync(new WorkflowBuilder("Recursion")
            .Start("go", "Signal", new { SignalName = "deep" })
            .Then("deep", "SetVariable", new { VariableName = "X", Value = "(function f(n) { return f(n + 1); })(0)" })
            .Connect("go", "Done", "deep"));

        await wf.SignalAsync("clr");
        await wf.SignalAsync("import");
        await wf.SignalAsync("deep");

        foreach (var type in new[] { clr, import })
        {
            var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
            Assert.Equal("Faulted", instance.Status);
            Assert.Contains("is not defined", instance.Fault);
            Assert.Null(WorkflowHarness.State(instance).Variables["Secret"]);
        }
        var deep = await wf.SingleInstanceAsync(recursion.WorkflowTypeId);
        Assert.Equal("Faulted", deep.Status);
        Assert.Contains("recursed deeper", deep.Fault);
    }

    [Theory, Databases]
    public async Task A_workflow_that_loops_without_halting_is_stopped(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Loop")
            .Start("go", "Signal", new { SignalName = "loop" })
            .Then("count", "SetVariable", new { VariableName = "N", Value = "(variables.N || 0) + 1" })
            .Connect("go", "Done", "count")
            .Connect("count", "Done", "count"));

        await wf.SignalAsync("loop");

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Faulted", instance.Status);
        Assert.Contains("without halting", instance.Fault);
    }
}
