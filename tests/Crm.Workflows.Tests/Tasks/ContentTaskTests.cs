using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Tasks;

public sealed class ContentTaskTests
{
    [Theory, Databases]
    public async Task Create_content_and_update_field_write_items_through_the_content_manager(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.DefineNoteTypeAsync();
        var type = await wf.SaveAsync(new WorkflowBuilder("Notes")
            .Start("start", "Signal", new { SignalName = "note" })
            .Then("create", "CreateContent", new { ContentType = "Note", ContentJson = "{ \"NotePart\": { \"Title\": { \"Text\": \"Call {{ Who }}\" } } }", Owner = "ada" })
            .Then("update", "UpdateField", new { ContentItemId = "{{ Variables.CreatedContentItemId }}", PartName = "NotePart", FieldName = "Status", FieldJson = "{ \"Text\": \"Planned\" }" })
            .Connect("start", "Done", "create")
            .Connect("create", "Done", "update"));

        var id = (await wf.SignalAsync("note", input: new { Who = "Grace" })).Started.Single();

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.True(instance.Status == "Finished", instance.Fault);
        var itemId = WorkflowHarness.State(instance).Variables["CreatedContentItemId"]!.GetValue<string>();
        var item = await wf.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(itemId, VersionOptions.Latest));
        Assert.NotNull(item);
        Assert.Equal("Call Grace", item.GetField("NotePart", "Title")!["Text"]!.GetValue<string>());
        Assert.Equal("Planned", item.GetField("NotePart", "Status")!["Text"]!.GetValue<string>());
        Assert.True(item.Published);
        Assert.Equal("ada", item.Owner);
        Assert.Equal(["start:Done", "create:Done", "update:Done"], await wf.TraceAsync(id));
    }

    [Theory, Databases]
    public async Task Create_task_assigns_a_task_to_the_user_due_after_the_delay(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, accounts: true);
        await TestUsers.CreateAsync(wf.Shell.Services, "ada", "Account Manager");
        var type = await wf.SaveAsync(new WorkflowBuilder("Task")
            .Start("start", "Signal", new { SignalName = "task" })
            .Then("task", "CreateTask", new { Title = "Call {{ Client }}", Assignee = "{{ Owner }}", DueIn = "2d", Priority = "High" })
            .Connect("start", "Done", "task"));

        await wf.SignalAsync("task", input: new { Client = "Initech", Owner = "ada" });

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.True(instance.Status == "Finished", instance.Fault);
        var taskId = WorkflowHarness.State(instance).Variables["CreatedTaskId"]!.GetValue<string>();
        var (task, adaId) = await wf.ScopeAsync(async sp =>
            ((await sp.GetRequiredService<IContentManager>().GetAsync(taskId))!, (await sp.GetRequiredService<UserManager<CrmUser>>().FindByNameAsync("ada"))!.Id));
        var part = task.As<TaskPart>();
        Assert.Equal("Call Initech", part.Title.Text);
        Assert.Equal([adaId], part.Assignee.UserIds);
        Assert.Equal(["High"], part.Priority.Values);
        Assert.Equal(wf.Clock.UtcNow.AddDays(2), part.DueUtc.Value);
        Assert.Equal("ada", task.Owner);
    }

    [Theory, Databases]
    public async Task Create_task_faults_with_a_clear_error_when_the_user_does_not_exist(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db, accounts: true);
        var type = await wf.SaveAsync(new WorkflowBuilder("Task")
            .Start("start", "Signal", new { SignalName = "task" })
            .Then("task", "CreateTask", new { Title = "Call", Assignee = "nobody" })
            .Connect("start", "Done", "task"));

        await wf.SignalAsync("task");

        var instance = await wf.SingleInstanceAsync(type.WorkflowTypeId);
        Assert.Equal("Faulted", instance.Status);
        Assert.Contains("No user 'nobody'", instance.Fault);
    }
}
