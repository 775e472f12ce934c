using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// Creates the companies through the content manager as an import does: a new scope per batch of
/// 1,000 items, one transaction per batch (begun on the scope's context, which the manager joins).
/// </summary>
public static class ContentStoreBuilder
{
    public const int BatchSize = 1_000;

    /// <summary>Defines the type (untimed), then creates every company; returns the time spent creating.</summary>
    public static async Task<TimeSpan> BuildAsync(TestShell shell, IReadOnlyList<CompanyData> companies, Action<string>? progress = null)
    {
        await shell.ScopeAsync(sp => BenchCompany.DefineAsync(sp.GetRequiredService<IContentDefinitionManager>()));

        var clock = Stopwatch.StartNew();
        var reportEvery = Math.Max(BatchSize, companies.Count / 10 / BatchSize * BatchSize);
        for (var start = 0; start < companies.Count; start += BatchSize)
        {
            var batch = companies.Skip(start).Take(BatchSize).ToList();
            await shell.ScopeAsync(sp => CreateBatchAsync(sp, batch));
            var done = start + batch.Count;
            if (progress is not null && (done % reportEvery == 0 || done == companies.Count))
                progress($"  {done,9:N0} items, {done / clock.Elapsed.TotalSeconds,8:N0} items/s");
        }
        return clock.Elapsed;
    }

    private static async Task CreateBatchAsync(IServiceProvider services, List<CompanyData> batch)
    {
        var content = services.GetRequiredService<IContentManager>();
        var db = services.GetRequiredService<CrmDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        foreach (var company in batch)
        {
            var item = await content.NewAsync(BenchCompany.TypeName);
            BenchCompany.Fill(item, company);
            var result = await content.CreateAsync(item, publish: true);
            if (!result.Succeeded) throw new InvalidOperationException($"Company {company.Index} was refused: {result}");
        }
        await transaction.CommitAsync();
    }
}
