using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Events;
using OrchardCrm.Notifications;
using OrchardCrm.Testing;
using OrchardCrm.Workflows.Models;
using OrchardCrm.Workflows.Services;

namespace OrchardCrm.Workflows.Tests.Support;

/// <summary>
/// A shell with Crm.Workflows on (and Crm.Accounts when asked), a clock the test moves, and a notifier that
/// records. Helpers save workflow types, raise events and read instances and journals the way the admin does.
/// </summary>
public sealed class WorkflowHarness : IAsyncDisposable
{
    private WorkflowHarness(TestShell shell, TestClock clock, RecordingNotifier notifier)
    {
        Shell = shell;
        Clock = clock;
        Notifier = notifier;
    }

    public TestShell Shell { get; }
    public TestClock Clock { get; }
    public RecordingNotifier Notifier { get; }

    public static async Task<WorkflowHarness> StartAsync(TestDatabase db, bool accounts = false, Action<IServiceCollection>? configure = null,
        IDictionary<string, string?>? settings = null, TestClock? clock = null, bool enable = true)
    {
        clock ??= new TestClock();
        var notifier = new RecordingNotifier();
        var shell = await TestShell.StartAsync(db, services =>
        {
            services.AddSingleton<IClock>(clock);
            services.AddSingleton<IUserNotifier>(notifier);
            configure?.Invoke(services);
        }, settings);
        if (enable) await shell.EnableAsync(accounts ? ["Crm.Workflows", "Crm.Accounts"] : ["Crm.Workflows"]);
        return new WorkflowHarness(shell, clock, notifier);
    }

    public Task<T> ScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => Shell.ScopeAsync(work);
    public Task ScopeAsync(Func<IServiceProvider, Task> work) => Shell.ScopeAsync(work);

    /// <summary>Saves the type (a new version when it exists); fails the test on validation errors.</summary>
    public Task<WorkflowTypeRecord> SaveAsync(WorkflowBuilder builder) => SaveAsync(builder.Build());

    public Task<WorkflowTypeRecord> SaveAsync(WorkflowTypeDraft draft) =>
        ScopeAsync(async sp =>
        {
            var (saved, errors) = await sp.GetRequiredService<WorkflowTypeStore>().SaveAsync(draft, sp.GetRequiredService<ActivityLibrary>());
            Assert.True(errors.Count == 0, string.Join("; ", errors));
            return saved!;
        });

    public Task<List<WorkflowError>> SaveErrorsAsync(WorkflowTypeDraft draft) =>
        ScopeAsync(async sp => (await sp.GetRequiredService<WorkflowTypeStore>().SaveAsync(draft, sp.GetRequiredService<ActivityLibrary>())).Errors);

    /// <summary>Raises an event through the kernel's bus, as a module would.</summary>
    public Task RaiseAsync(string name, object input, string? correlationId = null) =>
        ScopeAsync(sp => sp.GetRequiredService<ICrmEventBus>().PublishAsync(new CrmEvent(name, ToDictionary(input), correlationId)));

    public Task<TriggerResult> SignalAsync(string signal, string? correlationId = null, object? input = null) =>
        ScopeAsync(sp => sp.GetRequiredService<WorkflowManager>().TriggerAsync("Signal:" + signal,
            input is null ? new JsonObject() : JsonSerializer.SerializeToNode(input)!.AsObject(), correlationId));

    public Task<List<WorkflowInstanceRecord>> InstancesAsync(string workflowTypeId) =>
        ScopeAsync(sp =>
        {
            var store = sp.GetRequiredService<IRecordStore>();
            return store.ListAsync(store.Query<WorkflowInstanceRecord>().Where(i => i.WorkflowTypeId == workflowTypeId).OrderBy(i => i.Id));
        });

    public async Task<WorkflowInstanceRecord> SingleInstanceAsync(string workflowTypeId) => Assert.Single(await InstancesAsync(workflowTypeId));

    public Task<List<WorkflowJournalRecord>> JournalAsync(string workflowId) =>
        ScopeAsync(sp =>
        {
            var store = sp.GetRequiredService<IRecordStore>();
            return store.ListAsync(store.Query<WorkflowJournalRecord>().Where(j => j.WorkflowId == workflowId).OrderBy(j => j.Sequence));
        });

    public static WorkflowState State(WorkflowInstanceRecord instance) => WorkflowState.FromJson(instance.State);

    /// <summary>The activity ids of the journal, in order, each with its outcome.</summary>
    public async Task<List<string>> TraceAsync(string workflowId) =>
        (await JournalAsync(workflowId)).Select(j => $"{j.ActivityId}:{j.Outcome ?? "error"}").ToList();

    public Task RunTimerTaskAsync() =>
        ScopeAsync(sp => sp.GetServices<OrchardCrm.BackgroundTasks.IBackgroundTask>().OfType<WorkflowTimerTask>().Single().RunAsync(CancellationToken.None));

    /// <summary>A content type with one part of text fields (Title, Status), for content events.</summary>
    public Task DefineNoteTypeAsync(string type = "Note") =>
        ScopeAsync(async sp =>
        {
            var definitions = sp.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync(type + "Part", p => p.WithField("Title", FieldKinds.Text, "Title").WithField("Status", FieldKinds.Text, "Status"));
            await definitions.AlterTypeDefinitionAsync(type, t => t.WithPart(type + "Part"));
        });

    public Task<ContentItem> CreateNoteAsync(string title, string type = "Note", string? owner = null) =>
        ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type);
            item.GetOrCreateField(type + "Part", "Title")["Text"] = title;
            item.Owner = owner;
            var result = await contents.CreateAsync(item);
            Assert.True(result.Succeeded, result.ToString());
            return item;
        });

    private static Dictionary<string, object?> ToDictionary(object input) =>
        input as Dictionary<string, object?> ?? input.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(input));

    public ValueTask DisposeAsync() => Shell.DisposeAsync();
}
