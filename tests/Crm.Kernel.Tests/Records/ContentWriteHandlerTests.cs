using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Records;

/// <summary>What a content write handler writes commits or rolls back with the content item.</summary>
public sealed class ContentWriteHandlerTests
{
    [Theory, Databases]
    public async Task A_record_written_by_a_write_handler_commits_with_the_item(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await RecordStoreTests.StartAsync(database);

        var id = await shell.ScopeAsync(async sp =>
        {
            var item = await sp.GetRequiredService<IContentManager>().NewAsync("Note");
            Assert.True((await sp.GetRequiredService<IContentManager>().CreateAsync(item)).Succeeded);
            return item.ContentItemId;
        });

        Assert.True(await NoteExistsAsync(shell, id));
        Assert.True(await RecordExistsAsync(shell, id));
    }

    [Theory, Databases]
    public async Task A_throwing_write_handler_rolls_back_the_item_and_the_records_written_before_it(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await RecordStoreTests.StartAsync(database);
        shell.Services.GetRequiredService<WriteHandlerSwitch>().FailAfterRecord = true;

        var id = await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Note");
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => content.CreateAsync(item));
            Assert.Equal(FailingWriteHandler.Message, error.Message);
            return item.ContentItemId;
        });

        Assert.False(await NoteExistsAsync(shell, id));
        Assert.False(await RecordExistsAsync(shell, id));

        // The scope that saw the failure is not stuck: the same kind of write succeeds once the handler allows it.
        shell.Services.GetRequiredService<WriteHandlerSwitch>().FailAfterRecord = false;
        var again = await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await content.NewAsync("Note");
            shell.Services.GetRequiredService<WriteHandlerSwitch>().FailAfterRecord = true;
            await Assert.ThrowsAsync<InvalidOperationException>(() => content.CreateAsync(item));
            shell.Services.GetRequiredService<WriteHandlerSwitch>().FailAfterRecord = false;
            var second = await content.NewAsync("Note");
            Assert.True((await content.CreateAsync(second)).Succeeded);
            return second.ContentItemId;
        });
        Assert.True(await NoteExistsAsync(shell, again));
        Assert.True(await RecordExistsAsync(shell, again));
    }

    [Theory, Databases]
    public async Task A_record_written_by_a_write_handler_rolls_back_with_an_outer_unit_of_work_that_is_not_committed(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await RecordStoreTests.StartAsync(database);

        var id = await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            await using var unit = await sp.GetRequiredService<IUnitOfWork>().BeginAsync();
            var item = await content.NewAsync("Note");
            Assert.True((await content.CreateAsync(item)).Succeeded);
            // Inside the unit of work the record is there...
            Assert.True(await sp.GetRequiredService<IRecordStore>().AnyAsync(
                sp.GetRequiredService<IRecordStore>().Query<EchoRecord>().Where(r => r.Key == "note:" + item.ContentItemId)));
            return item.ContentItemId;
            // ...and disposed without a commit, it goes.
        });

        Assert.False(await NoteExistsAsync(shell, id));
        Assert.False(await RecordExistsAsync(shell, id));
    }

    private static Task<bool> NoteExistsAsync(TestShell shell, string id) =>
        shell.ScopeAsync(async sp => await sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest) is not null);

    private static Task<bool> RecordExistsAsync(TestShell shell, string id) =>
        shell.ScopeAsync(sp =>
        {
            var records = sp.GetRequiredService<IRecordStore>();
            return records.AnyAsync(records.Query<EchoRecord>().Where(r => r.Key == "note:" + id));
        });
}
