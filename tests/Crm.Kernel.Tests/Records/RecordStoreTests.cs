using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Records;

/// <summary>A module's own rows through IRecordStore: written at once, read back, claimed atomically, de-duplicated by a unique index.</summary>
public sealed class RecordStoreTests
{
    [Theory, Databases]
    public async Task A_record_is_added_read_updated_and_deleted(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(database);

        var id = await shell.ScopeAsync(async sp =>
        {
            var record = new EchoRecord { Key = "a", Value = 1 };
            await Records(sp).AddAsync(record);
            Assert.True(record.Id > 0);
            return record.Id;
        });

        await shell.ScopeAsync(async sp =>
        {
            var record = await Records(sp).GetAsync<EchoRecord>(id);
            Assert.NotNull(record);
            Assert.Equal(("a", 1), (record.Key, record.Value));
            record.Value = 2;
            await Records(sp).UpdateAsync(record);
            // The store keeps nothing in hand: a read after the write sees the row.
            Assert.Equal(2, (await Records(sp).GetAsync<EchoRecord>(id))!.Value);
        });

        await shell.ScopeAsync(async sp =>
        {
            Assert.Equal(2, (await Records(sp).GetAsync<EchoRecord>(id))!.Value);
            await Records(sp).DeleteAsync((await Records(sp).GetAsync<EchoRecord>(id))!);
        });

        Assert.Null(await shell.ScopeAsync(sp => Records(sp).GetAsync<EchoRecord>(id)));
    }

    [Theory, Databases]
    public async Task Delete_where_and_update_where_change_every_matching_row_and_say_how_many(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(database);
        await shell.ScopeAsync(sp => Records(sp).AddAsync(Enumerable.Range(1, 5).Select(i => new EchoRecord { Key = $"k{i}", Value = i })));

        Assert.Equal(2, await shell.ScopeAsync(sp => Records(sp).DeleteWhereAsync<EchoRecord>(r => r.Value > 3)));
        Assert.Equal(2, await shell.ScopeAsync(sp => Records(sp).UpdateWhereAsync<EchoRecord, string>(r => r.Value <= 2, r => r.Status, "Done")));

        var left = await shell.ScopeAsync(sp => Records(sp).ListAsync(Records(sp).Query<EchoRecord>().OrderBy(r => r.Value).Select(r => r.Key + ":" + r.Status)));
        Assert.Equal(["k1:Done", "k2:Done", "k3:Pending"], left);
    }

    [Theory, Databases]
    public async Task Of_two_nodes_claiming_the_same_row_at_once_exactly_one_wins(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var a = await StartAsync(database);
        await using var b = await TestShell.StartAsync(database);

        for (var round = 0; round < 5; round++)
        {
            var record = new EchoRecord { Key = $"job{round}" };
            await a.ScopeAsync(sp => Records(sp).AddAsync(record));

            Task<int> Claim(TestShell node, string by) => Task.Run(() => node.ScopeAsync(sp =>
                Records(sp).UpdateWhereAsync<EchoRecord, string>(r => r.Id == record.Id && r.Status == "Pending", r => r.Status, by)));
            var claims = await Task.WhenAll(Claim(a, "a"), Claim(b, "b"));

            Assert.Equal(1, claims.Sum());
            var winner = claims[0] == 1 ? "a" : "b";
            Assert.Equal(winner, (await b.ScopeAsync(sp => Records(sp).GetAsync<EchoRecord>(record.Id)))!.Status);
        }
    }

    [Theory, Databases]
    public async Task A_unique_record_index_refuses_a_duplicate_and_the_store_stays_usable(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await StartAsync(database);
        await shell.ScopeAsync(sp => Records(sp).AddAsync(new EchoRecord { Key = "dedup", Value = 1 }));

        await shell.ScopeAsync(async sp =>
        {
            await Assert.ThrowsAnyAsync<Exception>(() => Records(sp).AddAsync(new EchoRecord { Key = "dedup", Value = 2 }));
            // The refused record is not left pending in the scope: the next write goes through alone.
            await Records(sp).AddAsync(new EchoRecord { Key = "other" });
        });

        var rows = await shell.ScopeAsync(sp => Records(sp).ListAsync(Records(sp).Query<EchoRecord>().OrderBy(r => r.Key).Select(r => r.Key + "=" + r.Value)));
        Assert.Equal(["dedup=1", "other=0"], rows);
    }

    internal static async Task<TestShell> StartAsync(TestDatabase database)
    {
        var shell = await TestShell.StartAsync(database);
        await shell.EnableAsync("Crm.Test.Records");
        return shell;
    }

    internal static IRecordStore Records(IServiceProvider sp) => sp.GetRequiredService<IRecordStore>();
}
