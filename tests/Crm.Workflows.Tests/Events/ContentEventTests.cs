using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Tests.Support;

namespace OrchardCrm.Workflows.Tests.Events;

public sealed class ContentEventTests
{
    [Theory, Databases]
    public async Task Each_content_event_starts_the_workflows_listening_to_it_for_its_type_only(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.DefineNoteTypeAsync();
        await wf.DefineNoteTypeAsync("Memo");
        var types = new Dictionary<string, string>();
        foreach (var verb in new[] { "Created", "Updated", "Published", "Unpublished", "Removed" })
        {
            var type = await wf.SaveAsync(new WorkflowBuilder("On " + verb)
                .Start("event", "Content" + verb, new { ContentTypes = "Note" })
                .Then("remember", "SetVariable", new { VariableName = "Title", Value = "content.Fields.Title" })
                .Connect("event", "Done", "remember"));
            types[verb] = type.WorkflowTypeId;
        }

        await wf.CreateNoteAsync("Other type", type: "Memo");
        var note = await wf.CreateNoteAsync("Quarterly review");
        await wf.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = (await contents.GetAsync(note.ContentItemId, VersionOptions.Latest))!;
            item.GetOrCreateField("NotePart", "Status")["Text"] = "Open";
            Assert.True((await contents.UpdateAsync(item)).Succeeded);
            item = (await contents.GetAsync(note.ContentItemId, VersionOptions.Latest))!;
            await contents.UnpublishAsync(item);
            item = (await contents.GetAsync(note.ContentItemId, VersionOptions.Latest))!;
            await contents.RemoveAsync(item);
        });

        foreach (var (verb, typeId) in types)
        {
            var instances = await wf.InstancesAsync(typeId);
            Assert.True(instances.Count >= 1, $"Content{verb} started no workflow.");
            Assert.All(instances, i =>
            {
                Assert.Equal("Finished", i.Status);
                Assert.Equal(note.ContentItemId, i.CorrelationId);
                Assert.Equal("Quarterly review", WorkflowHarness.State(i).Variables["Title"]!.GetValue<string>());
            });
        }
    }

    [Theory, Databases]
    public async Task A_content_event_filter_script_decides_whether_the_workflow_starts(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var wf = await WorkflowHarness.StartAsync(db);
        await wf.DefineNoteTypeAsync();
        var type = await wf.SaveAsync(new WorkflowBuilder("Urgent notes")
            .Start("created", "ContentCreated", new { Filter = "input.DisplayText.indexOf('URGENT') >= 0 || content.Fields.Title.indexOf('URGENT') >= 0" }));

        await wf.CreateNoteAsync("calm note");
        await wf.CreateNoteAsync("URGENT: call back");

        Assert.Single(await wf.InstancesAsync(type.WorkflowTypeId));
    }
}
