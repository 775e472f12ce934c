using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Activities.Tasks;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Tasks;

public sealed class MessagingTaskTests
{
    [Theory, Databases]
    public async Task Notify_user_sends_an_in_app_notification_rendered_from_liquid(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.SaveAsync(new WorkflowBuilder("Tell")
            .Start("start", "Signal", new { SignalName = "tell" })
            .Then("notify", "NotifyUser", new { UserName = "{{ To }}", Title = "{{ Deal | upcase }} needs you", Url = "/admin/deals/{{ DealId }}" })
            .Connect("start", "Done", "notify"));

        await wf.SignalAsync("tell", input: new { To = "ada", Deal = "acme", DealId = "d1" });

        var sent = Assert.Single(wf.Notifier.Sent);
        Assert.Equal(("ada", "ACME needs you", "/admin/deals/d1", "Workflow"), (sent.UserName, sent.Title, sent.Url, sent.Source));
    }

    [Theory, Databases]
    public async Task Send_email_writes_an_eml_file_to_the_pickup_folder_without_smtp(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.SaveAsync(new WorkflowBuilder("Mail")
            .Start("start", "Signal", new { SignalName = "mail" })
            .Then("mail", "SendEmail", new { To = "{{ Email }}", Subject = "Welcome {{ Name }}", Body = "Hello {{ Name }}, your account manager is ada." })
            .Connect("start", "Done", "mail"));

        await wf.SignalAsync("mail", input: new { Email = "grace@example.com", Name = "Grace" });

        var file = Assert.Single(Directory.GetFiles(Path.Combine(db.DataDirectory, "mail-pickup"), "*.eml"));
        var text = await File.ReadAllTextAsync(file);
        Assert.Contains("To: grace@example.com", text);
        Assert.Contains("Subject: Welcome Grace", text);
        Assert.Contains("Hello Grace, your account manager is ada.", text);
    }

    [Theory, Databases]
    public async Task Http_request_retries_after_a_server_error_and_leaves_by_success(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var handler = new FlakyHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await using var wf = await WorkflowHarness.StartAsync(db, configure: s =>
            s.AddHttpClient(HttpRequestTask.ClientName).ConfigurePrimaryHttpMessageHandler(() => handler));
        var type = await wf.SaveAsync(new WorkflowBuilder("Hook")
            .Start("start", "Signal", new { SignalName = "hook" })
            .Then("call", "HttpRequest", new { Url = "https://erp.example.com/orders/{{ Order }}", Method = "POST", Body = "{\"order\": {{ Order }}}", Retries = "2", TimeoutSeconds = "5" })
            .Then("ok", "SetVariable", new { VariableName = "Result", Value = "'ok after ' + variables.HttpAttempts" })
            .Then("failed", "SetVariable", new { VariableName = "Result", Value = "'failed'" })
            .Connect("start", "Done", "call")
            .Connect("call", "Success", "ok")
            .Connect("call", "Failure", "failed"));

        await wf.SignalAsync("hook", input: new { Order = 17 });

        var state = WorkflowHarness.State(await wf.SingleInstanceAsync(type.WorkflowTypeId));
        Assert.Equal("ok after 2", state.Variables["Result"]!.GetValue<string>());
        Assert.Equal(["POST https://erp.example.com/orders/17 {\"order\": 17}", "POST https://erp.example.com/orders/17 {\"order\": 17}"], handler.Requests);
    }

    /// <summary>Answers with the given statuses in turn (the last one repeats).</summary>
    private sealed class FlakyHandler(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add($"{request.Method} {request.RequestUri} {(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken))}");
            return new HttpResponseMessage(statuses[Math.Min(Requests.Count, statuses.Length) - 1]) { Content = new StringContent("{}") };
        }
    }
}
