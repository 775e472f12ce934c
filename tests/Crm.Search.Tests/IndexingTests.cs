using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Search.Lucene.Models;
using OrchardCrm.Testing;

namespace OrchardCrm.Search.Tests;

/// <summary>The index follows saves on the node that saved, without waiting for the background task.</summary>
public sealed class IndexingTests
{
    [Theory, Databases]
    public async Task Search_follows_create_update_publish_and_remove(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        Assert.Empty(await shell.TitlesAsync("Globex"));

        // A draft is not in the default (published) index; publishing puts it there.
        var draft = await shell.CreateAccountAsync("Globex Corporation", publish: false);
        Assert.Empty(await shell.TitlesAsync("Globex"));
        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            Assert.True((await contents.PublishAsync((await contents.GetAsync(draft.ContentItemId, VersionOptions.Latest))!)).Succeeded);
        });
        Assert.Equal(["Globex Corporation"], await shell.TitlesAsync("Globex"));

        // An update of a published account is a draft until published; then the new name is found and the old is not.
        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = (await contents.GetAsync(draft.ContentItemId, VersionOptions.DraftRequired))!;
            item.Alter<AccountPart>(a => a.Name.Text = "Initech Holdings");
            Assert.True((await contents.UpdateAsync(item)).Succeeded);
            Assert.Equal(["Globex Corporation"], await shell.TitlesAsync("Globex"));
            Assert.True((await contents.PublishAsync((await contents.GetAsync(draft.ContentItemId, VersionOptions.Latest))!)).Succeeded);
        });
        Assert.Empty(await shell.TitlesAsync("Globex"));
        Assert.Equal(["Initech Holdings"], await shell.TitlesAsync("initech"));

        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            await contents.RemoveAsync((await contents.GetAsync(draft.ContentItemId, VersionOptions.Latest))!);
        });
        Assert.Empty(await shell.TitlesAsync("initech"));
    }

    [Theory, Databases]
    public async Task The_queue_keeps_one_task_per_item_written_with_the_save(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        var account = await shell.CreateAccountAsync("Umbrella Corp");
        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            await contents.RemoveAsync((await contents.GetAsync(account.ContentItemId, VersionOptions.Latest))!);
            var store = sp.GetRequiredService<IRecordStore>();
            var tasks = await store.ListAsync(store.Query<SearchIndexingTask>().Where(t => t.ContentItemId == account.ContentItemId));
            var task = Assert.Single(tasks);
            Assert.Equal(("Account", "Removed"), (task.ContentType, task.Operation));
        });
    }

    [Theory, Databases]
    public async Task A_field_added_at_run_time_is_searchable_by_name_without_code(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        await shell.ScopeAsync(sp => sp.GetRequiredService<IContentDefinitionManager>().AlterPartDefinitionAsync("Account", part => part
            .WithField("Codename", FieldKinds.Text, "Code name")));
        await shell.CreateAccountAsync("Hooli", fill: item => item.GetOrCreateField("Account", "Codename")["Text"] = "Nucleus");

        Assert.Equal(["Hooli"], await shell.TitlesAsync("nucleus"));
        Assert.Equal(["Hooli"], await shell.TitlesAsync("codename:nucleus"));
        Assert.Empty(await shell.TitlesAsync("name:nucleus"));
    }

    [Theory, Databases]
    public async Task A_second_node_catches_up_from_its_own_cursor(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var first = await SearchTestShell.StartAsync(db);
        await first.CreateAccountAsync("Stark Industries");
        var secondDirectory = Path.Combine(db.DataDirectory, "node-b");
        await using (var second = await SearchTestShell.StartSecondNodeAsync(db, secondDirectory))
        {
            await second.SweepAsync();
            Assert.Equal(["Stark Industries"], await second.TitlesAsync("stark"));
            Assert.True(File.Exists(SearchTestShell.IndexDirectory(secondDirectory) + ".cursor.json"));

            // Saved on the first node: the second learns of it from the queue, on its next sweep.
            await first.CreateAccountAsync("Wayne Enterprises");
            Assert.Equal(["Wayne Enterprises"], await first.TitlesAsync("wayne"));
            await second.SweepAsync();
            Assert.Equal(["Wayne Enterprises"], await second.TitlesAsync("wayne"));
        }

        // Down while the first node saves more; on restart it takes in what it missed, from its cursor, without a rebuild.
        await first.CreateAccountAsync("Wonka Industries");
        // (A rebuild would drop the first segment, written by the first build: it stays, the new item is added beside it.)
        var firstSegment = Directory.GetFiles(SearchTestShell.IndexDirectory(secondDirectory), "_0.*").Select(Path.GetFileName).ToList();
        Assert.NotEmpty(firstSegment);
        await using var restarted = await SearchTestShell.StartSecondNodeAsync(db, secondDirectory);
        await restarted.SweepAsync();
        Assert.Equal(["Stark Industries", "Wonka Industries"], (await restarted.TitlesAsync("industries")).Order().ToList());
        var segmentsAfter = Directory.GetFiles(SearchTestShell.IndexDirectory(secondDirectory), "_*").Select(Path.GetFileName).ToHashSet();
        Assert.Subset(segmentsAfter, firstSegment.ToHashSet());
    }

    [Theory, Databases]
    public async Task A_rebuild_gives_the_same_hits(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await SearchTestShell.StartAsync(db);
        foreach (var name in new[] { "Acme Corporation", "Acme Logistics", "Northwind Traders", "Contoso Pharmaceuticals" })
            await shell.CreateAccountAsync(name);
        await shell.CreateAsync(AccountTypes.Contact, c => c.Alter<ContactPart>(p => { p.FirstName.Text = "Wile"; p.LastName.Text = "Coyote"; p.Email.Email = "wile@acme.com"; }));
        var before = await shell.SearchAsync("acme");

        await shell.ScopeAsync(async sp =>
        {
            var store = sp.GetRequiredService<Lucene.Services.SearchIndexDefinitionStore>();
            Assert.True(await store.RequestRebuildAsync("crm"));
        });
        await shell.SweepAsync();
        var after = await shell.SearchAsync("acme");

        // The contact is found by a word of its e-mail's domain.
        Assert.Equal(3, after.Total);
        Assert.Equal(before.Hits.Select(h => (h.ContentItemId, h.Title)), after.Hits.Select(h => (h.ContentItemId, h.Title)));
        Assert.Equal(before.Facets, after.Facets);
    }

    [Theory, Databases]
    public async Task A_corrupt_or_missing_index_is_rebuilt_not_fatal(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var shell = await SearchTestShell.StartAsync(db))
        {
            await shell.CreateAccountAsync("Cyberdyne Systems");
            await shell.SweepAsync();
        }
        var directory = SearchTestShell.IndexDirectory(db.DataDirectory);
        var files = Directory.GetFiles(directory);
        Assert.NotEmpty(files);
        foreach (var file in files) File.WriteAllBytes(file, "this is not a Lucene file"u8.ToArray());

        await using (var shell = await SearchTestShell.StartAsync(db, enable: false))
            Assert.Equal(["Cyberdyne Systems"], await shell.TitlesAsync("cyberdyne"));

        Directory.Delete(directory, recursive: true);
        await using (var shell = await SearchTestShell.StartAsync(db, enable: false))
            Assert.Equal(["Cyberdyne Systems"], await shell.TitlesAsync("cyberdyne"));
    }
}
