using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.Accounts.Indexes;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Deals.Handlers;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Events;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>Rotting (idle past the stage's days), its once-per-spell event, and the stage follow-up task.</summary>
public sealed class RottingAndFollowUpTests
{
    [Theory, Databases]
    public async Task A_past_activity_resets_the_rotting_clock_and_a_planned_one_does_not(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var account = await t.AccountAsync("Acme");
        var deal = await t.DealAsync("Rollout", account.ContentItemId, stage: "negotiation"); // rots after 7 days
        t.Clock.Advance(TimeSpan.FromDays(8));
        Assert.Equal([deal.ContentItemId], (await RottingAsync(t)).Select(c => c.Id));

        await ActivityAsync(t, deal.ContentItemId, account.ContentItemId, t.Clock.UtcNow.AddDays(2));
        Assert.Single(await RottingAsync(t));

        await ActivityAsync(t, deal.ContentItemId, account.ContentItemId, t.Clock.UtcNow.AddHours(-1));
        Assert.Empty(await RottingAsync(t));
    }

    [Theory, Databases]
    public async Task The_rotting_event_is_raised_once_per_idle_spell(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var seen = new RecordingHandler();
        var clock = new TestClock();
        await using var shell = await TestShell.StartAsync(db, s =>
        {
            s.Replace(ServiceDescriptor.Singleton<OrchardCrm.Common.IClock>(clock));
            s.AddSingleton(seen);
            s.AddScoped<ICrmEventHandler>(sp => sp.GetRequiredService<RecordingHandler>());
        });
        await shell.EnableAsync("Crm.Accounts", "Crm.Deals");
        var t = new DealsTestShell { Shell = shell, Clock = clock };
        var account = await t.AccountAsync("Acme");
        var deal = await t.DealAsync("Rollout", account.ContentItemId, stage: "negotiation");

        t.Clock.Advance(TimeSpan.FromDays(8));
        await RunRottingAsync(t);
        await RunRottingAsync(t);
        Assert.Single(seen.Events, e => e.Name == DealEvents.Rotting);
        Assert.Equal(8, seen.Events.Single(e => e.Name == DealEvents.Rotting).Input["DaysIdle"]);

        await ActivityAsync(t, deal.ContentItemId, account.ContentItemId, t.Clock.UtcNow);
        t.Clock.Advance(TimeSpan.FromDays(8));
        await RunRottingAsync(t);
        Assert.Equal(2, seen.Events.Count(e => e.Name == DealEvents.Rotting));
    }

    [Theory, Databases]
    public async Task Entering_a_stage_with_follow_up_days_creates_a_task_for_the_owner(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        await TestUsers.CreateAsync(t.Shell.Services, "ada", OrchardCrm.Security.RoleNames.AccountManager);
        var account = await t.AccountAsync("Acme");
        var deal = await t.DealAsync("Rollout", account.ContentItemId);
        t.Clock.Advance(TimeSpan.FromDays(1));
        var entered = t.Clock.UtcNow;

        var moved = await t.ScopeAsync(sp => sp.GetRequiredService<IDealMoveService>().MoveAsync(deal.ContentItemId, "proposal"));
        Assert.Equal(DealMoveStatus.Moved, moved.Status);

        var task = await t.ScopeAsync(async sp =>
        {
            var ids = await sp.GetRequiredService<IContentQueryFactory>().Query(AccountTypes.Task).ListIdsAsync();
            return Assert.Single(await sp.GetRequiredService<IContentManager>().GetManyAsync(ids)).As<TaskPart>();
        });
        var adaId = await t.ScopeAsync(async sp => (await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<OrchardCrm.Data.Entities.CrmUser>>().FindByNameAsync("ada"))!.Id);
        Assert.Equal("Follow up on the proposal", task.Title.Text);
        Assert.Equal(entered.AddDays(3), task.DueUtc.Value);
        Assert.Equal([adaId], task.Assignee.UserIds);
        Assert.Equal([deal.ContentItemId], task.Deal.ContentItemIds);
        Assert.Equal([account.ContentItemId], task.Account.ContentItemIds);
    }

    private static Task<IReadOnlyList<DealCard>> RottingAsync(DealsTestShell t) =>
        t.ScopeAsync(sp => sp.GetRequiredService<IDealQueries>().RottingForOwnerAsync("ADA"));

    private static Task RunRottingAsync(DealsTestShell t) =>
        t.ScopeAsync(sp => sp.GetServices<OrchardCrm.BackgroundTasks.IBackgroundTask>().OfType<DealRottingTask>().Single().RunAsync(default));

    private static Task<ContentItem> ActivityAsync(DealsTestShell t, string dealId, string accountId, DateTime when) =>
        t.CreateAsync(AccountTypes.Activity, i => i.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Meeting];
            a.OccurredUtc.Value = when;
            a.Account.ContentItemIds = [accountId];
            a.Deal.ContentItemIds = [dealId];
        }));

    internal sealed class RecordingHandler : ICrmEventHandler
    {
        public List<CrmEvent> Events { get; } = [];
        public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken) { lock (Events) Events.Add(crmEvent); return Task.CompletedTask; }
    }
}
