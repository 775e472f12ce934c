using OrchardCrm.Testing;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Tasks;

public sealed class ControlFlowTests
{
    [Theory, Databases]
    public async Task If_else_branches_on_javascript_and_on_liquid_and_variables_carry_between_activities(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Discount")
            .Start("signal", "Signal", new { SignalName = "quote" })
            .Then("rate", "SetVariable", new { VariableName = "Rate", Value = "input.Amount > 10000 ? 0.1 : 0" })
            .Then("big", "IfElse", new { Condition = "variables.Rate > 0" })
            .Then("approved", "IfElse", new { Condition = "Approver == 'grace' and Amount > 5000", Syntax = "Liquid" })
            .Then("yes", "SetVariable", new { VariableName = "Result", Value = "'discount by ' + input.Approver" })
            .Then("no", "SetVariable", new { VariableName = "Result", Value = "list price", Syntax = "Liquid" })
            .Connect("signal", "Done", "rate")
            .Connect("rate", "Done", "big")
            .Connect("big", "True", "approved")
            .Connect("big", "False", "no")
            .Connect("approved", "True", "yes")
            .Connect("approved", "False", "no"));

        var small = (await wf.SignalAsync("quote", input: new { Amount = 900, Approver = "grace" })).Started.Single();
        var big = (await wf.SignalAsync("quote", input: new { Amount = 20000, Approver = "grace" })).Started.Single();
        var unapproved = (await wf.SignalAsync("quote", input: new { Amount = 20000, Approver = "bob" })).Started.Single();

        var instances = (await wf.InstancesAsync(type.WorkflowTypeId)).ToDictionary(i => i.WorkflowId);
        string Result(string id) => WorkflowHarness.State(instances[id]).Variables["Result"]!.GetValue<string>();
        Assert.Equal("list price", Result(small));
        Assert.Equal("discount by grace", Result(big));
        Assert.Equal("list price", Result(unapproved));
        Assert.Equal(["signal:Done", "rate:Done", "big:True", "approved:True", "yes:Done"], await wf.TraceAsync(big));
        Assert.Equal(0.1m, WorkflowHarness.State(instances[big]).Variables["Rate"]!.GetValue<decimal>());
    }

    [Theory, Databases]
    public async Task Fork_runs_every_branch_and_join_goes_on_once_all_arrived_even_after_a_halt(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Approvals")
            .Start("start", "Signal", new { SignalName = "submit" })
            .Then("fork", "Fork", new { Branches = "Sales, Finance" })
            .Then("sales", "SetVariable", new { VariableName = "Sales", Value = "true" })
            .Then("finance", "Wait", new { SignalName = "finance-ok" })
            .Then("join", "Join", new { Mode = "WaitAll" })
            .Then("done", "SetVariable", new { VariableName = "Approved", Value = "variables.Sales === true" })
            .Connect("start", "Done", "fork")
            .Connect("fork", "Sales", "sales")
            .Connect("fork", "Finance", "finance")
            .Connect("sales", "Done", "join")
            .Connect("finance", "Received", "join")
            .Connect("join", "Joined", "done"));

        var id = (await wf.SignalAsync("submit", "deal-1")).Started.Single();
        var halted = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Halted", halted.Status);
        Assert.Null(WorkflowHarness.State(halted).Variables["Approved"]);

        var resumed = await wf.SignalAsync("finance-ok", "deal-1");

        Assert.Equal([id], resumed.Resumed);
        var finished = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Finished", finished.Status);
        Assert.True(WorkflowHarness.State(finished).Variables["Approved"]!.GetValue<bool>());
        var trace = await wf.TraceAsync(id);
        Assert.Contains("fork:Sales, Finance", trace);
        Assert.Contains("finance:Halted", trace);
        Assert.Single(trace, t => t == "join:Joined");
    }

    [Theory, Databases]
    public async Task Wait_resumes_only_the_instance_with_the_same_correlation_id_or_times_out(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Wait for the deal to move")
            .Start("start", "Signal", new { SignalName = "watch" })
            .Then("wait", "Wait", new { EventName = "DealStageChanged", Timeout = "1d" })
            .Then("moved", "SetVariable", new { VariableName = "Outcome", Value = "'moved to ' + input.ToStage" })
            .Then("late", "SetVariable", new { VariableName = "Outcome", Value = "'timed out'" })
            .Connect("start", "Done", "wait")
            .Connect("wait", "Received", "moved")
            .Connect("wait", "TimedOut", "late"));
        var a = (await wf.SignalAsync("watch", "deal-a")).Started.Single();
        var b = (await wf.SignalAsync("watch", "deal-b")).Started.Single();

        await wf.RaiseAsync("DealStageChanged", CrmEventTestsDeal("deal-a"), "deal-a");
        wf.Clock.Advance(TimeSpan.FromDays(1.1));
        await wf.RunTimerTaskAsync();
        await wf.RaiseAsync("DealStageChanged", CrmEventTestsDeal("deal-b"), "deal-b"); // too late: nothing waits any more

        var instances = (await wf.InstancesAsync(type.WorkflowTypeId)).ToDictionary(i => i.WorkflowId);
        Assert.Equal("moved to Won", WorkflowHarness.State(instances[a]).Variables["Outcome"]!.GetValue<string>());
        Assert.Equal("timed out", WorkflowHarness.State(instances[b]).Variables["Outcome"]!.GetValue<string>());
        Assert.All(instances.Values, i => Assert.Equal("Finished", i.Status));
    }

    private static object CrmEventTestsDeal(string id) => Events.CrmEventTests.Deal(id, "Proposal", "Won");
}
