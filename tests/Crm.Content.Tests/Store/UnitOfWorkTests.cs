using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Store;

/// <summary>A module's several writes are all-or-nothing inside a unit of work.</summary>
public sealed class UnitOfWorkTests
{
    [Theory, Databases]
    public async Task Writes_in_a_unit_of_work_disposed_without_commit_are_rolled_back(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);
        await shell.ScopeAsync(CompanyType.DefineAsync);
        await shell.ScopeAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var units = sp.GetRequiredService<IUnitOfWork>();
            string first, second;
            await using (await units.BeginAsync())
            {
                var a = await CompanyType.NewAsync(content, "A", "AAA");
                await content.CreateAsync(a);
                first = a.ContentItemId;
                // A nested unit joins the outer one: its commit does not make the write permanent.
                await using (var inner = await units.BeginAsync())
                {
                    var b = await CompanyType.NewAsync(content, "B", "BBB");
                    await content.CreateAsync(b);
                    second = b.ContentItemId;
                    await inner.CommitAsync();
                }
            }
            Assert.Null(await content.GetAsync(first, VersionOptions.Latest));
            Assert.Null(await content.GetAsync(second, VersionOptions.Latest));

            await using (var unit = await units.BeginAsync())
            {
                var c = await CompanyType.NewAsync(content, "C", "CCC");
                await content.CreateAsync(c);
                first = c.ContentItemId;
                await unit.CommitAsync();
            }
            Assert.NotNull(await content.GetAsync(first, VersionOptions.Latest));
        });
    }
}
