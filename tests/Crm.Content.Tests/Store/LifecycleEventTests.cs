using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Store;

/// <summary>Handlers see every step of an item's life, in order, and can refuse a write.</summary>
public sealed class LifecycleEventTests
{
    private sealed class Journal
    {
        public List<string> Events { get; } = [];
    }

    private sealed class RecordingHandler(Journal journal) : ContentHandlerBase
    {
        public override Task CreatingAsync(ContentContext c) => Log("creating", c);
        public override Task CreatedAsync(ContentContext c) => Log("created", c);
        public override Task UpdatingAsync(ContentContext c) => Log("updating", c);
        public override Task UpdatedAsync(ContentContext c) => Log("updated", c);
        public override Task PublishingAsync(ContentContext c) => Log("publishing", c);
        public override Task PublishedAsync(ContentContext c) => Log("published", c);
        public override Task UnpublishingAsync(ContentContext c) => Log("unpublishing", c);
        public override Task UnpublishedAsync(ContentContext c) => Log("unpublished", c);
        public override Task RemovingAsync(ContentContext c) => Log("removing", c);
        public override Task RemovedAsync(ContentContext c) => Log("removed", c);

        /// <summary>A handler may veto a write: a code starting with "X" is refused.</summary>
        public override Task ValidatingAsync(ContentContext c)
        {
            if (CompanyType.Code(c.ContentItem)?.StartsWith('X') == true) c.Validation.Fail("Company.Code", "Codes starting with X are reserved.");
            return Task.CompletedTask;
        }

        private Task Log(string name, ContentContext context)
        {
            journal.Events.Add(name);
            return Task.CompletedTask;
        }
    }

    [Theory, Databases]
    public async Task Handlers_receive_each_lifecycle_event_in_order(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var journal = new Journal();
        await using var shell = await TestShell.StartAsync(db, services =>
        {
            services.AddSingleton(journal);
            services.AddContentHandler<RecordingHandler>();
        });
        await shell.ScopeAsync(CompanyType.DefineAsync);

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Acme", "ACME");
            await content.CreateAsync(item, publish: true);
            Assert.Equal(["creating", "publishing", "created", "published"], journal.Events);

            journal.Events.Clear();
            CompanyType.SetCode(item, "ACME-2");
            await content.UpdateAsync(item);
            await content.PublishAsync(item);
            await content.UnpublishAsync(item);
            await content.RemoveAsync(item);
            Assert.Equal(["updating", "updated", "publishing", "published", "unpublishing", "unpublished", "removing", "removed"], journal.Events);
        });
    }

    [Theory, Databases]
    public async Task A_handler_can_refuse_a_write_with_a_message_for_the_field(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db, services =>
        {
            services.AddSingleton(new Journal());
            services.AddContentHandler<RecordingHandler>();
        });
        await shell.ScopeAsync(CompanyType.DefineAsync);
        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Reserved", "X-1");
            var result = await content.CreateAsync(item);
            Assert.Equal("Codes starting with X are reserved.", Assert.Single(result.Errors, e => e.Key == "Company.Code").Message);
            Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));
            Assert.DoesNotContain("creating", sp.GetRequiredService<Journal>().Events);
        });
    }
}
