using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;
using OrchardCrm.Deals.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>The deal's own rules, whoever saves it: amount, closing, committee, history.</summary>
public sealed class DealRuleTests
{
    [Theory, Databases]
    public async Task The_amount_is_the_total_of_the_line_items(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var account = await t.AccountAsync("Acme");
        var deal = await t.DealAsync("Rollout", account.ContentItemId, amount: 1m, fill: d => d.LineItems =
        [
            new DealLineItem("Licence", 3, 1_000m, 10),   // 2,700
            new DealLineItem("Support", 1, 500m),         //   500
        ]);
        Assert.Equal(3_200m, deal.As<DealPart>().Amount.Amount);

        var refused = await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => d.LineItems.Add(new DealLineItem("Training", 0, 100m, 120))));
        Assert.Contains(refused.Errors, e => e.Key == "DealPart.LineItems[2].Quantity");
        Assert.Contains(refused.Errors, e => e.Key == "DealPart.LineItems[2].Discount");
    }

    [Theory, Databases]
    public async Task Closing_needs_a_reason_and_a_competitor_when_lost(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var deal = await t.DealAsync("Rollout", (await t.AccountAsync("Acme")).ContentItemId);

        var noReason = await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => d.StageId = "closed-lost"));
        Assert.Contains(noReason.Errors, e => e.Key == "DealPart.CloseReason");
        Assert.Contains(noReason.Errors, e => e.Key == "DealPart.Competitor");

        var wrongReason = await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => { d.StageId = "closed-won"; d.CloseReason.Text = "Luck"; }));
        Assert.Contains(wrongReason.Errors, e => e.Key == "DealPart.CloseReason" && e.Message.Contains("Luck"));

        var won = await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => { d.StageId = "closed-won"; d.CloseReason.Text = "Price"; }));
        Assert.True(won.Succeeded, won.ToString());
        var saved = (await t.GetAsync(deal.ContentItemId)).As<DealPart>();
        Assert.Equal(DealStatuses.Won, saved.Status);
        Assert.Equal(t.Clock.UtcNow, saved.ClosedUtc);
    }

    [Theory, Databases]
    public async Task The_committee_is_checked_and_gaps_are_flagged_only_above_the_threshold(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db, new Dictionary<string, string?> { ["Crm:Deals:CommitteeGapThreshold"] = "40000" });
        var acme = await t.AccountAsync("Acme");
        var other = await t.AccountAsync("Globex");
        var ann = await t.ContactAsync("Ann", acme.ContentItemId);
        var ben = await t.ContactAsync("Ben", acme.ContentItemId);
        var stranger = await t.ContactAsync("Stranger", other.ContentItemId);
        var deal = await t.DealAsync("Rollout", acme.ContentItemId, amount: 30_000m);

        var refused = await t.EditAsync(deal.ContentItemId, i => i.Alter<CommitteePart>(c => c.Members =
        [
            new CommitteeMember(ann.ContentItemId, CommitteeRoles.Champion, IsPrimary: true),
            new CommitteeMember(stranger.ContentItemId, CommitteeRoles.EconomicBuyer),
            new CommitteeMember(ben.ContentItemId, "Mascot", IsPrimary: true),
        ]));
        Assert.Contains(refused.Errors, e => e.Key == "CommitteePart.Members[1].ContactId" && e.Message.Contains("not a contact of the deal's account"));
        Assert.Contains(refused.Errors, e => e.Key == "CommitteePart.Members[2].Role");
        Assert.Contains(refused.Errors, e => e.Key == "CommitteePart.Members[2].IsPrimary");

        var ok = await t.EditAsync(deal.ContentItemId, i => i.Alter<CommitteePart>(c => c.Members = [new CommitteeMember(ann.ContentItemId, CommitteeRoles.Champion, IsPrimary: true)]));
        Assert.True(ok.Succeeded, ok.ToString());

        var small = await t.ScopeAsync(async sp => await sp.GetRequiredService<ICommitteeAnalyzer>().AnalyzeAsync(await sp.GetRequiredService<IContentManager>().GetAsync(deal.ContentItemId)!));
        Assert.Equal([CommitteeRoles.EconomicBuyer], small.MissingKeyRoles);
        Assert.False(small.Flagged);

        await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => d.Amount.Amount = 40_000m));
        var large = await t.ScopeAsync(async sp => await sp.GetRequiredService<ICommitteeAnalyzer>().AnalyzeAsync((await sp.GetRequiredService<IContentManager>().GetAsync(deal.ContentItemId))!));
        Assert.True(large.Flagged);
        Assert.Equal(40_000m, large.Threshold);
    }

    [Theory, Databases]
    public async Task History_gets_a_row_for_each_tracked_change_and_none_otherwise(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var deal = await t.DealAsync("Rollout", (await t.AccountAsync("Acme")).ContentItemId, close: new DateOnly(2026, 9, 30));
        var id = deal.ContentItemId;

        t.Clock.Advance(TimeSpan.FromDays(2));
        await t.EditAsync(id, i => i.Alter<DealPart>(d => d.StageId = "discovery"));
        await t.EditAsync(id, i => i.Alter<DealPart>(d => d.Amount.Amount = 12_000m));
        await t.EditAsync(id, i => i.Alter<DealPart>(d => d.ExpectedCloseDate.Value = new DateOnly(2026, 10, 31)));
        await t.EditAsync(id, i => i.Alter<DealPart>(d => { d.NextStep.Text = "Call"; d.Tags.Tags = ["x"]; }));

        var history = await t.ScopeAsync(sp => sp.GetRequiredService<IDealQueries>().GetHistoryAsync(id));
        Assert.Equal(["Created", "Stage, Probability", "Amount", "CloseDate"], history.Select(h => h.Kind));
        Assert.Equal(("qualification", "discovery"), (history[1].FromStageId, history[1].ToStageId));
        Assert.Equal((10, 20), (history[1].ProbabilityBefore, history[1].ProbabilityAfter));
        Assert.Equal((10_000m, 12_000m), (history[2].AmountBefore, history[2].AmountAfter));
        Assert.Equal(new DateOnly(2026, 10, 31), history[3].CloseDateAfter);
    }

    [Theory, Databases]
    public async Task A_save_that_rolls_back_leaves_no_history(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var deal = await t.DealAsync("Rollout", (await t.AccountAsync("Acme")).ContentItemId);

        await t.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            await using var scope = await sp.GetRequiredService<IUnitOfWork>().BeginAsync();
            var item = (await contents.GetAsync(deal.ContentItemId, VersionOptions.Latest))!;
            item.Alter<DealPart>(d => d.StageId = "proposal");
            Assert.True((await contents.UpdateAsync(item)).Succeeded);
            // Disposed without commit: the move and its history row go together.
        });

        Assert.Equal("qualification", (await t.GetAsync(deal.ContentItemId)).As<DealPart>().StageId);
        var rows = await t.ScopeAsync(sp => { var r = sp.GetRequiredService<IRecordStore>(); return r.CountAsync(r.Query<DealHistoryRecord>().Where(h => h.DealId == deal.ContentItemId)); });
        Assert.Equal(1, rows);
    }

    [Theory, Databases]
    public async Task Time_in_stage_comes_from_the_history(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var deal = await t.DealAsync("Rollout", (await t.AccountAsync("Acme")).ContentItemId);
        t.Clock.Advance(TimeSpan.FromDays(3));
        await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => d.StageId = "discovery"));
        t.Clock.Advance(TimeSpan.FromDays(5));
        await t.EditAsync(deal.ContentItemId, i => i.Alter<DealPart>(d => d.StageId = "qualification"));
        t.Clock.Advance(TimeSpan.FromDays(1));

        var times = await t.ScopeAsync(sp => sp.GetRequiredService<IDealQueries>().GetTimeInStagesAsync(deal.ContentItemId));
        Assert.Equal(TimeSpan.FromDays(4), times.Single(s => s.StageId == "qualification").Duration);
        Assert.Equal(TimeSpan.FromDays(5), times.Single(s => s.StageId == "discovery").Duration);
        Assert.True(times.Single(s => s.StageId == "qualification").IsCurrent);
    }
}
