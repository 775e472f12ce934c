using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Events;

public sealed class SignalAndHttpEventTests
{
    [Theory, Databases]
    public async Task A_signal_starts_workflows_listening_to_its_name_with_what_was_posted(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Approve")
            .Start("signal", "Signal", new { SignalName = "approve-discount" })
            .Then("set", "SetVariable", new { VariableName = "Who", Value = "input.By" })
            .Connect("signal", "Done", "set"));

        await wf.SignalAsync("other");
        var result = await wf.SignalAsync("approve-discount", "deal-7", new { By = "grace" });

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal([instance.WorkflowId], result.Started);
        Assert.Equal("deal-7", instance.CorrelationId);
        Assert.Equal("grace", WorkflowHarness.State(instance).Variables["Who"]!.GetValue<string>());
    }

    [Theory, Databases]
    public async Task The_invoke_url_starts_the_workflow_with_its_token_and_answers_404_to_any_other(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(db);
        _ = host.Server;
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Workflows"]);

        WorkflowTypeRecord type;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var sp = scope.ServiceProvider;
            var draft = new WorkflowBuilder("Webhook")
                .Start("hook", "HttpRequestEvent")
                .Then("set", "SetVariable", new { VariableName = "Order", Value = "input.Body.order" })
                .Connect("hook", "Done", "set").Build();
            var (saved, errors) = await sp.GetRequiredService<WorkflowTypeStore>().SaveAsync(draft, sp.GetRequiredService<ActivityLibrary>());
            Assert.Empty(errors);
            type = saved!;
        }
        var token = WorkflowDefinition.FromJson(type.Definition).Activities[0].Properties["Token"]!.GetValue<string>();
        Assert.True(token.Length >= 24);

        var client = host.CreateClient();
        var wrong = await client.PostAsJsonAsync("/workflows/invoke/" + token[..^2] + "xy", new { order = 1 });
        var tooShort = await client.GetAsync("/workflows/invoke/abc");
        var right = await client.PostAsJsonAsync("/workflows/invoke/" + token, new { order = 42 });

        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, tooShort.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, right.StatusCode);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<OrchardCrm.Data.IRecordStore>();
            var instance = Assert.Single(await store.ListAsync(store.Query<WorkflowInstanceRecord>()));
            Assert.Equal(42, WorkflowState.FromJson(instance.State).Variables["Order"]!.GetValue<int>());
        }
    }
}
