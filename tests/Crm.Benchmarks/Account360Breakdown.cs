using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.AuditTrail;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// Where the 360 page's time goes, read by read: the same queries the timeline and the hierarchy card make
/// (copied here, as they are private to the page), each timed alone in a fresh scope.
/// </summary>
internal static class Account360Breakdown
{
    public static async Task<List<(string Label, List<double> Times)>> MeasureAsync(IServiceProvider services, string accountId, int runs)
    {
        var rows = new List<(string Label, List<double> Times)>
        {
            ("  activities, page 1 of 20 + total", []),
            ("  audit, one read per item (before)", []),
            ("  audit, one read for all items (now)", []),
            ("  hierarchy: children + 3 rolled-up counts", []),
        };
        for (var i = 0; i < runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            var queries = sp.GetRequiredService<IContentQueryFactory>();
            var audit = sp.GetRequiredService<IAuditTrail>();
            var contactIds = (await queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(c => c.AccountId == accountId)
                .ListAsync(1, 500)).Items.Select(c => c.ContentItemId).ToList();
            List<string> itemIds = [accountId, .. contactIds];

            rows[0].Times.Add(await TimeAsync(() => queries.Query(AccountTypes.Activity)
                .WhereIndex<ActivityIndex>(a => a.AccountId == accountId || (a.ContactId != null && contactIds.Contains(a.ContactId)))
                .OrderByField(nameof(ActivityPart), nameof(ActivityPart.OccurredUtc), descending: true).ListAsync(1, 20)));
            rows[1].Times.Add(await TimeAsync(async () => { foreach (var id in itemIds) await audit.ListForItemAsync(id); }));
            rows[2].Times.Add(await TimeAsync(() => audit.ListForItemsAsync(itemIds, 50_000)));
            List<string?> subtree = [accountId];
            var since = DateTime.UtcNow.AddDays(-90);
            rows[3].Times.Add(await TimeAsync(async () =>
            {
                await queries.Query(AccountTypes.Account).WhereIndex<AccountIndex>(a => subtree.Contains(a.ParentAccountId)).ListAsync(1, 1000);
                await queries.Query(AccountTypes.Contact).WhereIndex<ContactIndex>(c => subtree.Contains(c.AccountId) && c.IsCurrent).CountAsync();
                await queries.Query(AccountTypes.Task).WhereIndex<TaskIndex>(t => subtree.Contains(t.AccountId) && t.IsOpen).CountAsync();
                await queries.Query(AccountTypes.Activity).WhereIndex<ActivityIndex>(a => subtree.Contains(a.AccountId) && a.OccurredUtc >= since).CountAsync();
            }));
        }
        return rows;
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        await work();
        return watch.Elapsed.TotalMilliseconds;
    }
}
