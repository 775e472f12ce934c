using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Activities.Tasks;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Engine;

public sealed class FeatureAndLimitTests
{
    [Theory, Databases]
    public async Task With_the_workflows_feature_off_events_start_nothing_and_on_again_they_do(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.DefineNoteTypeAsync();
        var type = await wf.SaveAsync(new WorkflowBuilder("Notes").Start("created", "ContentCreated"));

        await wf.Shell.DisableAsync("Crm.Workflows");
        await wf.CreateNoteAsync("while off");
        await wf.RaiseAsync("ContentCreated", new { ContentType = "Note" });
        await wf.Shell.EnableAsync("Crm.Workflows");
        await wf.CreateNoteAsync("while on");

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("while on", WorkflowHarness.State(instance).Input["Content"]!["Fields"]!["Title"]!.GetValue<string>());
    }

    [Theory, Databases]
    public async Task Create_task_without_the_accounts_feature_faults_with_a_message_that_says_so(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Task")
            .Start("go", "Signal", new { SignalName = "task" })
            .Then("task", "CreateTask", new { Title = "Call", Assignee = "ada" })
            .Connect("go", "Done", "task"));

        await wf.SignalAsync("task");

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Faulted", instance.Status);
        Assert.Contains("no Task content type", instance.Fault);
    }

    [Theory, Databases]
    public async Task A_liquid_template_that_runs_too_long_is_stopped(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        var type = await wf.SaveAsync(new WorkflowBuilder("Liquid loop")
            .Start("go", "Signal", new { SignalName = "loop" })
            .Then("render", "SetVariable", new { VariableName = "Text", Value = "{% for i in (1..100000000) %}x{% endfor %}", Syntax = "Liquid" })
            .Connect("go", "Done", "render"));

        await wf.SignalAsync("loop");

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Faulted", instance.Status);
        Assert.Contains("Liquid", instance.Fault);
    }

    [Theory, Databases]
    public async Task Http_request_gives_up_after_its_time_out_and_retries_and_leaves_by_failure(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var handler = new SlowHandler();
        await using var wf = await WorkflowHarness.StartAsync(db, configure: s =>
            s.AddHttpClient(HttpRequestTask.ClientName).ConfigurePrimaryHttpMessageHandler(() => handler));
        var type = await wf.SaveAsync(new WorkflowBuilder("Slow")
            .Start("go", "Signal", new { SignalName = "slow" })
            .Then("call", "HttpRequest", new { Url = "https://slow.example.com/", Method = "GET", TimeoutSeconds = "1", Retries = "1" })
            .Then("failed", "SetVariable", new { VariableName = "Failed", Value = "variables.HttpError" })
            .Connect("go", "Done", "call")
            .Connect("call", "Failure", "failed"));

        await wf.SignalAsync("slow");

        var state = WorkflowHarness.State(await wf.SingleInstanceAsync(type.WorkflowTypeId));
        Assert.Equal("no answer within 1 s", state.Variables["Failed"]!.GetValue<string>());
        Assert.Equal(2, handler.Calls);
    }

    private sealed class SlowHandler : HttpMessageHandler
    {
        public int Calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
