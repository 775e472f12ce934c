using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Content.Tests.Store;

public sealed class IndexesAndAuditTests
{
    [Theory, Databases]
    public async Task The_audit_trail_says_who_changed_which_field_from_what_to_what(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Acme", "ACME-1", employees: 10);
            await content.CreateAsync(item, publish: false);
            CompanyType.SetCode(item, "ACME-2");
            await content.UpdateAsync(item);

            var trail = await sp.GetRequiredService<IAuditTrail>().ListForItemAsync(item.ContentItemId);
            Assert.Equal(["Updated", "Created"], trail.Select(e => e.EventName));
            var update = trail[0];
            Assert.Equal("system", update.UserName);
            var change = Assert.Single(update.Changes);
            Assert.Equal(new FieldChange("Company.Code", "ACME-1", "ACME-2"), change);
            Assert.Contains(trail[1].Changes, c => c.Field == "Company.Employees" && c.OldValue is null && c.NewValue == "10");
        });
    }

    [Theory, Databases]
    public async Task Saving_an_item_rewrites_its_own_index_rows_and_no_others(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var data = sp.GetRequiredService<CrmDbContext>();
            var a = await CompanyType.NewAsync(content, "A", "AAA", employees: 5);
            var b = await CompanyType.NewAsync(content, "B", "BBB", employees: 7);
            await content.CreateAsync(a, publish: false);
            await content.CreateAsync(b, publish: false);
            var rowsOfB = await data.TextFieldIndex.Where(r => r.ContentItemId == b.ContentItemId).Select(r => r.Id).ToListAsync();

            CompanyType.SetCode(a, "AAA-2");
            await content.UpdateAsync(a);

            Assert.Equal(rowsOfB, await data.TextFieldIndex.Where(r => r.ContentItemId == b.ContentItemId).Select(r => r.Id).ToListAsync());
            Assert.Equal(["aaa-2"], await data.TextFieldIndex.Where(r => r.ContentItemId == a.ContentItemId && r.FieldName == "Code").Select(r => r.NormalizedText).ToListAsync());
        });
    }

    [Theory, Databases]
    public async Task A_write_inside_a_rolled_back_transaction_leaves_no_row_behind(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        await shell.ScopeAsync(async sp =>
        {
            var data = sp.GetRequiredService<CrmDbContext>();
            var content = sp.GetRequiredService<IContentManager>();
            await using (var transaction = await data.Database.BeginTransactionAsync())
            {
                await content.CreateAsync(await CompanyType.NewAsync(content, "Ghost", "GH", employees: 1));
                await transaction.RollbackAsync();
            }
            Assert.Equal(0, await data.ContentItems.CountAsync());
            Assert.Equal(0, await data.ContentItemIndex.CountAsync());
            Assert.Equal(0, await data.TextFieldIndex.CountAsync());
            Assert.Equal(0, await data.NumericFieldIndex.CountAsync());
            Assert.Equal(0, await data.AuditTrailEvents.CountAsync());
        });
    }

    [Theory, Databases]
    public async Task A_modules_map_index_follows_its_items_and_can_be_queried_and_sorted(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.EnableAsync("Crm.Test.Echo");
        await shell.ScopeAsync(DefineNoteAsync);
        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            var three = await NoteAsync(content, "hello big world");
            var one = await NoteAsync(content, "zebra");

            Assert.Equal([three.ContentItemId], await queries.Query("Note").WhereIndex<EchoIndex>(x => x.Words == 3).ListIdsAsync());
            Assert.Equal([one.ContentItemId, three.ContentItemId], await queries.Query("Note").OrderByIndex<EchoIndex, int>(x => x.Words).ListIdsAsync());

            three.GetOrCreateField("Note", "Body")["Text"] = "now just four words";
            await content.UpdateAsync(three);
            await content.PublishAsync(three);
            Assert.Empty(await queries.Query("Note").WhereIndex<EchoIndex>(x => x.Words == 3).ListIdsAsync());
            Assert.Equal([three.ContentItemId], await queries.Query("Note").WhereIndex<EchoIndex>(x => x.Words == 4).ListIdsAsync());
        });
    }

    [Theory, Databases]
    public async Task A_handler_runs_only_while_its_feature_is_enabled(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        var log = shell.Services.GetRequiredService<EchoLog>();
        await shell.EnableAsync("Crm.Test.Echo");
        await shell.ScopeAsync(DefineNoteAsync);

        var first = await shell.ScopeAsync(sp => NoteAsync(sp.GetRequiredService<IContentManager>(), "first"));
        Assert.Contains($"created {first.ContentItemId}", log.Entries);

        await shell.DisableAsync("Crm.Test.Echo");
        var second = await shell.ScopeAsync(sp => NoteAsync(sp.GetRequiredService<IContentManager>(), "second"));
        Assert.DoesNotContain($"created {second.ContentItemId}", log.Entries);
    }

    private static async Task DefineNoteAsync(IServiceProvider sp)
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        await definitions.AlterPartDefinitionAsync("Note", p => p.WithField("Body", FieldKinds.Text, "Body"));
        await definitions.AlterTypeDefinitionAsync("Note", t => t.WithPart("Note"));
    }

    private static async Task<ContentItem> NoteAsync(IContentManager content, string body)
    {
        var note = await content.NewAsync("Note");
        note.DisplayText = body;
        note.GetOrCreatePart("Note")["Body"] = new JsonObject { ["Text"] = body };
        var result = await content.CreateAsync(note);
        Assert.True(result.Succeeded, result.ToString());
        return note;
    }
}
