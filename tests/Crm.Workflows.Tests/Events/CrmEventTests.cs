using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Events;
using OrchardCrm.Modules;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Events;

public sealed class CrmEventTests
{
    [Theory, Databases]
    public async Task Deal_stage_changed_starts_only_for_the_configured_stages(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Qualified to proposal")
            .Start("moved", "DealStageChanged", new { FromStage = "Qualified", ToStage = "Proposal" })
            .Then("note", "SetVariable", new { VariableName = "Deal", Value = "{{ DealName }} ({{ Amount }} {{ Currency }})", Syntax = "Liquid" })
            .Connect("moved", "Done", "note"));

        await wf.RaiseAsync("DealStageChanged", Deal("d1", "Lead", "Qualified"), "d1");
        await wf.RaiseAsync("DealStageChanged", Deal("d1", "Qualified", "Negotiation"), "d1");
        await wf.RaiseAsync("DealStageChanged", Deal("d2", "Qualified", "Proposal"), "d2");

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("d2", instance.CorrelationId);
        Assert.Equal("Acme d2 (30000 EUR)", WorkflowHarness.State(instance).Variables["Deal"]!.GetValue<string>());
    }

    [Theory, Databases]
    public async Task Announced_module_events_and_the_well_known_ones_are_event_activities(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, configure: s =>
            s.AddCrmEvent(new CrmEventDescriptor("QuoteSent", "Quote sent", "Quotes", "When a quote is sent.", ["QuoteId", "Total"])));

        var toolbox = await wf.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<ActivityLibrary>().All.Select(a => a.Name).ToList()));
        Assert.Contains("QuoteSent", toolbox);
        Assert.Contains("DealRotting", toolbox);
        Assert.Contains("TaskOverdue", toolbox);
        Assert.Contains("UserSignedIn", toolbox);

        var quotes = await wf.SaveAsync(new WorkflowBuilder("Big quotes").Start("sent", "QuoteSent", new { Filter = "input.Total >= 1000" }));
        var signIns = await wf.SaveAsync(new WorkflowBuilder("Sign-ins").Start("in", "UserSignedIn"));
        var overdue = await wf.SaveAsync(new WorkflowBuilder("Overdue").Start("late", "TaskOverdue"));

        await wf.RaiseAsync("QuoteSent", new { QuoteId = "q1", Total = 50 });
        await wf.RaiseAsync("QuoteSent", new { QuoteId = "q2", Total = 5000 });
        await wf.RaiseAsync("UserSignedIn", new { UserName = "ada" });
        await wf.RaiseAsync("TaskOverdue", new { TaskId = "t1", Title = "Call", Assignee = "ada", DueUtc = wf.Clock.UtcNow, AccountId = (string?)null }, "t1");

        Assert.Equal("q2", WorkflowHarness.State(await wf.SingleInstanceAsync(quotes.WorkflowTypeId)).Input["QuoteId"]!.GetValue<string>());
        Assert.Equal("Finished", (await wf.SingleInstanceAsync(signIns.WorkflowTypeId)).Status);
        Assert.Equal("t1", (await wf.SingleInstanceAsync(overdue.WorkflowTypeId)).CorrelationId);
    }

    [Theory, Databases]
    public async Task A_disabled_workflow_type_does_not_start(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Sign-ins").Start("in", "UserSignedIn"));
        await wf.ScopeAsync(sp => sp.GetRequiredService<WorkflowTypeStore>().SetEnabledAsync(type.WorkflowTypeId, false));

        await wf.RaiseAsync("UserSignedIn", new { UserName = "ada" });

        Assert.Empty(await wf.InstancesAsync(type.WorkflowTypeId));
    }

    internal static object Deal(string id, string from, string to, decimal amount = 30000, string owner = "ada") => new
    {
        DealId = id,
        DealName = "Acme " + id,
        PipelineId = "sales",
        FromStageId = from.ToLowerInvariant(),
        FromStage = from,
        ToStageId = to.ToLowerInvariant(),
        ToStage = to,
        Amount = amount,
        Currency = "EUR",
        Owner = owner,
    };
}
