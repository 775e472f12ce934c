using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Services;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Pages;

public sealed partial class WorkflowPagesTests
{
    private static async Task<(TestWebHost Host, string TypeId)> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Workflows"]);
        await TestUsers.CreateAsync(host.Services, "viewer", "Workflow viewers", TestUsers.Password, Permissions.ViewWorkflows.Name);
        await TestUsers.CreateAsync(host.Services, "manager", "Workflow managers", TestUsers.Password, Permissions.ManageWorkflows.Name);
        await TestUsers.CreateAsync(host.Services, "nobody", "Nothing", TestUsers.Password);
        await using var work = host.Services.CreateAsyncScope();
        var sp = work.ServiceProvider;
        var (saved, errors) = await sp.GetRequiredService<WorkflowTypeStore>().SaveAsync(new WorkflowBuilder("Ping")
            .Start("ping", "Signal", new { SignalName = "ping" })
            .Then("pong", "SetVariable", new { VariableName = "Pong", Value = "true" })
            .Connect("ping", "Done", "pong").Build(), sp.GetRequiredService<ActivityLibrary>());
        Assert.Empty(errors);
        await sp.GetRequiredService<WorkflowManager>().TriggerAsync("Signal:ping", new(), null);
        return (host, saved!.WorkflowTypeId);
    }

    [Theory, Databases]
    public async Task Every_page_needs_a_signed_in_user_with_the_right_permission(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (host, typeId) = await StartAsync(db);
        await using var _ = host;
        var instanceId = await InstanceIdAsync(host, typeId);
        string[] viewPages = ["/admin/workflows", $"/admin/workflows/{typeId}/instances", $"/admin/workflows/instances/{instanceId}"];
        string[] managePages = ["/admin/workflows/create", $"/admin/workflows/{typeId}/edit"];

        var anonymous = host.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var page in viewPages.Concat(managePages))
            Assert.Contains("/login", (await anonymous.GetAsync(page)).Headers.Location!.ToString());

        var nobody = await TestUsers.SignInAsync(host, "nobody");
        foreach (var page in viewPages.Concat(managePages))
            Assert.Contains("/access-denied", (await nobody.GetAsync(page)).Headers.Location!.ToString());

        var viewer = await TestUsers.SignInAsync(host, "viewer");
        foreach (var page in viewPages)
            Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(page)).StatusCode);
        foreach (var page in managePages)
            Assert.Contains("/access-denied", (await viewer.GetAsync(page)).Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/workflows/signal/ping", null)).StatusCode);
        Assert.DoesNotContain(">Edit<", await viewer.GetStringAsync("/admin/workflows"));

        var manager = await TestUsers.SignInAsync(host, "manager");
        foreach (var page in viewPages.Concat(managePages))
            Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.PostAsync("/api/workflows/signal/ping", null)).StatusCode);
        // A bad name is a validation problem naming the field.
        var bad = await manager.PostAsync("/api/workflows/signal/bad%20name!", null);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"name\"", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/workflows/signal/ping", null)).StatusCode);
    }

    [Theory, Databases]
    public async Task The_list_shows_instance_counts_and_the_instance_page_its_journal(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (host, typeId) = await StartAsync(db);
        await using var _ = host;
        var viewer = await TestUsers.SignInAsync(host, "viewer");

        var list = await viewer.GetStringAsync("/admin/workflows");
        var instance = await viewer.GetStringAsync($"/admin/workflows/instances/{await InstanceIdAsync(host, typeId)}");

        Assert.Contains("1 finished instances of Ping", list);
        Assert.Contains("Signal <span class=\"small text-body-secondary\">(ping)</span>", instance);
        Assert.Contains("Set variable <span class=\"small text-body-secondary\">(pong)</span>", instance);
        Assert.Contains("Finished", instance);
    }

    [Theory, Databases]
    public async Task Saving_in_the_editor_shows_errors_beside_their_fields_and_saves_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (host, typeId) = await StartAsync(db);
        await using var _ = host;
        var manager = await TestUsers.SignInAsync(host, "manager");
        var form = await manager.GetStringAsync($"/admin/workflows/{typeId}/edit");
        var token = Token().Match(form).Groups[1].Value;

        var response = await manager.PostAsync($"/admin/workflows/{typeId}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["command"] = "save",
            ["Name"] = "Ping",
            ["Enabled"] = "true",
            ["Activities[0].ActivityId"] = "ping",
            ["Activities[0].Kind"] = "Signal",
            ["Activities[0].IsStart"] = "true",
            ["Activities[0].Properties[SignalName]"] = "not a name!",
            ["Activities[0].Next[Done]"] = "pong",
            ["Activities[1].ActivityId"] = "pong",
            ["Activities[1].Kind"] = "SetVariable",
            ["Activities[1].Properties[VariableName]"] = "",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"form-control is-invalid\" id=\"a0-SignalName\"", page);
        Assert.Contains("Signal name may hold only letters", page);
        Assert.Contains("Variable name is required.", page);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<WorkflowTypeStore>().GetLatestAsync(typeId))!.Version);
    }

    private static async Task<string> InstanceIdAsync(TestWebHost host, string typeId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OrchardCrm.Data.IRecordStore>();
        return (await store.FirstOrDefaultAsync(store.Query<Models.WorkflowInstanceRecord>().Where(i => i.WorkflowTypeId == typeId)))!.WorkflowId;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
