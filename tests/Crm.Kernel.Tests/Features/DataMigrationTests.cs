using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Settings;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Features;

public sealed class DataMigrationTests
{
    [Theory, Databases]
    public async Task A_features_migration_steps_run_once_when_it_is_first_enabled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);

        await shell.EnableAsync("Crm.Test.Echo");
        await shell.DisableAsync("Crm.Test.Echo");
        await shell.EnableAsync("Crm.Test.Echo");

        var log = shell.Services.GetRequiredService<EchoLog>().Entries.ToList();
        Assert.Equal(["migration create", "migration update 1", "migration update 2"], log);
        var record = await shell.ScopeAsync(sp => sp.GetRequiredService<CrmDbContext>().DataMigrations.SingleAsync(r => r.MigrationClass == typeof(EchoMigrations).FullName));
        Assert.Equal(3, record.Version);
        Assert.Equal("Crm.Test.Echo", record.FeatureId);
    }

    [Theory, Databases]
    public async Task The_migration_creates_the_map_index_table_on_the_provider(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);

        await shell.EnableAsync("Crm.Test.Echo");

        await shell.ScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            db.Add(new EchoIndex { DocumentId = 1, ContentItemId = "x", Words = 3, FirstWord = "hello" });
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Set<EchoIndex>().CountAsync(i => i.Words == 3));
        });
    }

    [Theory, Databases]
    public async Task After_an_upgrade_only_the_new_steps_run_at_start(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var before = await TestShell.StartAsync(database))
        {
            await before.EnableAsync("Crm.Test.Echo");
            await before.ScopeAsync(async sp =>
            {
                await sp.GetRequiredService<ISiteService>().UpdateSiteSettingsAsync(s => s.SetupCompletedUtc = DateTime.UtcNow);
                // As if the data were migrated by an older version of the module that only had Create.
                var db = sp.GetRequiredService<CrmDbContext>();
                var record = await db.DataMigrations.SingleAsync(r => r.MigrationClass == typeof(EchoMigrations).FullName);
                record.Version = 1;
                await db.SaveChangesAsync();
            });
        }

        await using var after = await TestShell.StartAsync(database);

        Assert.Equal(["migration update 1", "migration update 2"], after.Services.GetRequiredService<EchoLog>().Entries.ToList());
    }

    [Theory, Databases]
    public async Task A_modules_migration_defines_its_content_types_when_the_feature_is_enabled(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);
        Assert.Null(await shell.ScopeAsync(sp => sp.GetRequiredService<OrchardCrm.ContentManagement.Metadata.IContentDefinitionManager>().GetTypeDefinitionAsync("Note")));

        await shell.EnableAsync("Crm.Test.Echo");

        var fields = await shell.ScopeAsync(sp => sp.GetRequiredService<OrchardCrm.ContentManagement.Metadata.IContentDefinitionManager>().GetFieldsAsync("Note"));
        Assert.Equal(["Note.Body"], fields.Select(f => $"{f.PartName}.{f.Field.Name}"));
    }

    [Theory, Databases]
    public async Task A_map_index_table_gets_the_indexes_its_class_declares(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(database);
        await shell.EnableAsync("Crm.Test.Echo");

        var names = await shell.ScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<CrmDbContext>();
            var sql = database.IsPostgres
                ? "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'EchoIndex'"
                : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'EchoIndex'";
            return await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        });
        Assert.Contains("IX_EchoIndex_Words_FirstWord", names);
    }
}
