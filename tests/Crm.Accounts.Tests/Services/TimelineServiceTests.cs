using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.ContentManagement;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

public sealed class TimelineServiceTests
{
    [Theory, Databases]
    public async Task The_timeline_shows_activities_tasks_and_changes_newest_first_by_kind_and_page(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var s = await AccountScenario.StartAsync(db);
        await using var _ = s.Shell;

        var account = await s.AccountAsync("Stark Industries");
        var other = await s.AccountAsync("Wayne Enterprises");
        var pepper = await s.ContactAsync("Pepper", "Potts", "pepper@stark.com", new ContactAccountLink(account.ContentItemId, "CEO", null, true));
        var day = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        await s.ActivityAsync(ActivityKinds.Call, day, account.ContentItemId, "First call");
        await s.ActivityAsync(ActivityKinds.Meeting, day.AddDays(2), account.ContentItemId, "Workshop");
        await s.ActivityAsync(ActivityKinds.Call, day.AddDays(5), account.ContentItemId, "Pricing call");
        // Logged against the person only: still the account's history.
        await s.ActivityAsync(ActivityKinds.Email, day.AddDays(1), null, "Sent the deck", pepper.ContentItemId);
        await s.ActivityAsync(ActivityKinds.Call, day.AddDays(3), other.ContentItemId, "Someone else's call");
        await s.TaskAsync("Prepare contract", account.ContentItemId);
        await s.RunAsync(async sp =>
        {
            var content = sp.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(account.ContentItemId, VersionOptions.Latest))!;
            item.Alter<AccountPart>(a => a.Phone.Phone = "+1 212 555 0199");
            Assert.True((await content.UpdateAsync(item)).Succeeded);
            return 0;
        });

        var calls = await s.ServiceAsync<TimelineService, TimelinePage>(t => t.ListAsync(account.ContentItemId, "call"));
        Assert.Equal(["Call: Pricing call", "Call: First call"], calls.Entries.Select(e => e.Title));
        Assert.Equal(2, calls.TotalCount);

        var all = await s.ServiceAsync<TimelineService, TimelinePage>(t => t.ListAsync(account.ContentItemId, pageSize: 100));
        Assert.Equal(all.Entries.OrderByDescending(e => e.When).Select(e => e.When), all.Entries.Select(e => e.When));
        Assert.Equal(4, all.Entries.Count(e => ActivityKinds.All.Contains(e.Kind)));
        Assert.Contains(all.Entries, e => e.Kind == TimelineKinds.Task && e.Title.StartsWith("Prepare contract"));
        Assert.Contains(all.Entries, e => e.Kind == TimelineKinds.Change && e.Title.Contains("Phone") && e.RelatedItemId == account.ContentItemId);
        Assert.Contains(all.Entries, e => e.Kind == TimelineKinds.Change && e.RelatedItemId == pepper.ContentItemId);
        Assert.DoesNotContain(all.Entries, e => e.Title.Contains("Someone else"));
        Assert.Equal(all.TotalCount, all.Entries.Count);

        var first = await s.ServiceAsync<TimelineService, TimelinePage>(t => t.ListAsync(account.ContentItemId, ActivityKinds.Call, page: 1, pageSize: 1));
        var second = await s.ServiceAsync<TimelineService, TimelinePage>(t => t.ListAsync(account.ContentItemId, ActivityKinds.Call, page: 2, pageSize: 1));
        Assert.Equal(("Call: Pricing call", "Call: First call", 2), (first.Entries.Single().Title, second.Entries.Single().Title, first.PageCount));

        var badKind = await Assert.ThrowsAsync<AccountOperationException>(() => s.ServiceAsync<TimelineService, TimelinePage>(t => t.ListAsync(account.ContentItemId, "Telegram")));
        Assert.Equal("kind", badKind.Field);
    }
}
