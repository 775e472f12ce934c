using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Store;

/// <summary>Drafts, publishing, versions, cloning and removal, as an editor sees them.</summary>
public sealed class ContentVersioningTests
{
    [Theory, Databases]
    public async Task Editing_a_published_item_makes_a_draft_and_publishing_it_retires_the_old_version(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);

        var id = await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Acme", "ACME-1");
            Assert.True((await content.CreateAsync(item, publish: true)).Succeeded);
            return item.ContentItemId;
        });

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var latest = (await content.GetAsync(id, VersionOptions.Latest))!;
            CompanyType.SetCode(latest, "ACME-2");
            Assert.True((await content.UpdateAsync(latest)).Succeeded);
            Assert.False(latest.Published);
        });

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            Assert.Equal("ACME-1", CompanyType.Code((await content.GetAsync(id, VersionOptions.Published))!));
            var draft = (await content.GetAsync(id, VersionOptions.Latest))!;
            Assert.Equal("ACME-2", CompanyType.Code(draft));
            Assert.True((await content.PublishAsync(draft)).Succeeded);
        });

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            Assert.Equal("ACME-2", CompanyType.Code((await content.GetAsync(id, VersionOptions.Published))!));
            var versions = await content.ListVersionsAsync(id);
            Assert.Equal(2, versions.Count);
            Assert.Equal(["ACME-1", "ACME-2"], versions.Select(CompanyType.Code));
            Assert.False(versions[0].Published);
            Assert.False(versions[0].Latest);
            Assert.True(versions[1].Published && versions[1].Latest);
            Assert.NotNull(await content.GetVersionAsync(versions[0].ContentItemVersionId));
        });
    }

    [Theory, Databases]
    public async Task A_draft_can_be_discarded_unpublished_cloned_and_removed(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);

        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Globex", "GLX");
            await content.CreateAsync(item, publish: false);
            Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published));
            Assert.NotNull(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));

            await content.PublishAsync(item);
            Assert.True(item.Published);
            CompanyType.SetCode(item, "GLX-DRAFT");
            await content.UpdateAsync(item);
            await content.DiscardDraftAsync(item);
            var latest = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest))!;
            Assert.Equal("GLX", CompanyType.Code(latest));
            Assert.True(latest.Published);

            var clone = await content.CloneAsync(latest);
            Assert.NotEqual(item.ContentItemId, clone.ContentItemId);
            Assert.Equal("GLX", CompanyType.Code((await content.GetAsync(clone.ContentItemId, VersionOptions.Latest))!));
            Assert.False(clone.Published);

            await content.UnpublishAsync(latest);
            Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Published));

            await content.RemoveAsync(latest);
            Assert.Null(await content.GetAsync(item.ContentItemId, VersionOptions.Latest));
            // Soft removal: the history is still there.
            Assert.NotEmpty(await content.ListVersionsAsync(item.ContentItemId));
        });
    }

    [Theory, Databases]
    public async Task Saving_a_stale_copy_fails_with_a_conflict_naming_the_item(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        var id = await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = await CompanyType.NewAsync(content, "Initech", "INI");
            await content.CreateAsync(item, publish: false);
            return item.ContentItemId;
        });

        // Two people open the same draft.
        var first = await shell.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        var second = await shell.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));

        CompanyType.SetCode(first!, "INI-A");
        await shell.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().UpdateAsync(first!));

        CompanyType.SetCode(second!, "INI-B");
        var conflict = await Assert.ThrowsAsync<ContentConflictException>(() =>
            shell.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().UpdateAsync(second!)));
        Assert.Equal(id, conflict.ContentItemId);
        Assert.Contains("Initech", conflict.Message);

        var stored = await shell.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));
        Assert.Equal("INI-A", CompanyType.Code(stored!));
    }
}
