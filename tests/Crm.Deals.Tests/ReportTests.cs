using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Deals.Tests;

/// <summary>Forecast, change-since, win/loss and the board, against sums worked out by hand.</summary>
public sealed class ReportTests
{
    [Theory, Databases]
    public async Task The_forecast_sums_and_weights_per_month_owner_and_category(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var acme = (await t.AccountAsync("Acme")).ContentItemId;
        await t.DealAsync("A", acme, 10_000m, "qualification", "ada", new DateOnly(2026, 7, 10));   // Pipeline 10%
        await t.DealAsync("B", acme, 20_000m, "discovery", "ada", new DateOnly(2026, 7, 20));       // Pipeline 20%
        await t.DealAsync("C", acme, 40_000m, "negotiation", "ada", new DateOnly(2026, 7, 31));     // Commit 75%
        await t.DealAsync("D", acme, 5_000m, "proposal", "bob", new DateOnly(2026, 8, 1));          // BestCase 50%
        await t.DealAsync("E", acme, 99_000m, "proposal", "bob", new DateOnly(2026, 10, 1));        // out of range

        var report = await t.ScopeAsync(sp => sp.GetRequiredService<IForecastService>().GetAsync(
            new ForecastQuery(ForecastPeriod.Month, new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 31)), DealsTestShell.Admin));

        Assert.Equal([new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 1)], report.Periods);
        var pipeline = report.Rows.Single(r => r.Owner == "ada" && r.Category == ForecastCategory.Pipeline);
        Assert.Equal((2, 30_000m, 5_000m), (pipeline.Count, pipeline.Sum, pipeline.WeightedSum)); // 1,000 + 4,000
        var commit = report.Rows.Single(r => r.Owner == "ada" && r.Category == ForecastCategory.Commit);
        Assert.Equal((40_000m, 30_000m), (commit.Sum, commit.WeightedSum));
        var bob = Assert.Single(report.Rows, r => r.Owner == "bob");
        Assert.Equal(("2026-08", ForecastCategory.BestCase, 5_000m, 2_500m), (bob.PeriodLabel, bob.Category, bob.Sum, bob.WeightedSum));

        var quarter = await t.ScopeAsync(sp => sp.GetRequiredService<IForecastService>().GetAsync(
            new ForecastQuery(ForecastPeriod.Quarter, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31), Owner: "BOB"), DealsTestShell.Admin));
        Assert.Equal(["2026 Q3", "2026 Q4"], quarter.Rows.Select(r => r.PeriodLabel));
    }

    [Theory, Databases]
    public async Task Change_since_a_date_compares_the_history_then_with_now(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var acme = (await t.AccountAsync("Acme")).ContentItemId;
        var moved = await t.DealAsync("Moved", acme, 10_000m, "discovery", close: new DateOnly(2026, 7, 15));
        var grown = await t.DealAsync("Grown", acme, 10_000m, "negotiation", close: new DateOnly(2026, 7, 15));
        await t.DealAsync("Untouched", acme, 7_000m, "negotiation", close: new DateOnly(2026, 7, 15));
        t.Clock.Advance(TimeSpan.FromDays(1));
        var since = t.Clock.UtcNow;
        t.Clock.Advance(TimeSpan.FromDays(1));
        await t.EditAsync(moved.ContentItemId, i => i.Alter<DealPart>(d => d.StageId = "negotiation"));
        await t.EditAsync(grown.ContentItemId, i => i.Alter<DealPart>(d => d.Amount.Amount = 15_000m));
        var added = await t.DealAsync("Added", acme, 3_000m, "qualification", close: new DateOnly(2026, 7, 20));

        var change = await t.ScopeAsync(sp => sp.GetRequiredService<IForecastService>().ChangeSinceAsync(
            new ForecastQuery(ForecastPeriod.Month, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)), since, DealsTestShell.Admin));

        Assert.Equal(["Added", "Grown", "Moved"], change.Deals.Select(d => d.Name));
        var m = change.Deals.Single(d => d.Name == "Moved");
        Assert.Equal((ForecastCategory.Pipeline, ForecastCategory.Commit), (m.CategoryThen!.Value, m.CategoryNow));
        var g = change.Deals.Single(d => d.Name == "Grown");
        Assert.Equal((10_000m, 15_000m), (g.AmountThen!.Value, g.AmountNow));
        Assert.Null(change.Deals.Single(d => d.Name == "Added").CategoryThen);
        Assert.Equal(17_000m, change.SumThen[ForecastCategory.Commit]);   // Grown 10,000 + Untouched 7,000
        Assert.Equal(32_000m, change.SumNow[ForecastCategory.Commit]);    // Moved 10,000 + Grown 15,000 + Untouched 7,000
    }

    [Theory, Databases]
    public async Task Win_loss_counts_and_sums_by_reason_competitor_and_owner(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var acme = (await t.AccountAsync("Acme")).ContentItemId;
        async Task Close(string name, decimal amount, string owner, string stage, string reason, string? competitor)
        {
            var deal = await t.DealAsync(name, acme, amount, owner: owner);
            var result = await t.ScopeAsync(sp => sp.GetRequiredService<IDealMoveService>().MoveAsync(deal.ContentItemId, stage, reason, competitor));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        }
        await Close("W1", 10_000m, "ada", "closed-won", "Price", null);
        await Close("W2", 5_000m, "bob", "closed-won", "Product fit", "Acme CRM");
        await Close("L1", 8_000m, "ada", "closed-lost", "Price", "Acme CRM");
        await Close("L2", 2_000m, "ada", "closed-lost", "Timing", "Globex");
        await t.DealAsync("Open", acme, 1_000_000m);

        var report = await t.ScopeAsync(sp => sp.GetRequiredService<IWinLossService>().GetAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), DealsTestShell.Admin));
        Assert.Equal(new WinLossTotals(2, 15_000m, 2, 10_000m), report.Totals);
        Assert.Equal(0.5, report.Totals.WinRate);
        Assert.Equal(new WinLossTotals(1, 10_000m, 0, 0), report.WonByReason.Single(r => r.Key == "Price").Totals);
        Assert.Equal(new WinLossTotals(0, 0, 1, 8_000m), report.LostByReason.Single(r => r.Key == "Price").Totals);
        Assert.Equal(new WinLossTotals(0, 0, 1, 8_000m), report.ByCompetitor.Single(r => r.Key == "Acme CRM").Totals);
        Assert.Equal(new WinLossTotals(1, 10_000m, 2, 10_000m), report.ByOwner.Single(r => r.Key == "ada").Totals);

        var july = await t.ScopeAsync(sp => sp.GetRequiredService<IWinLossService>().GetAsync(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31), DealsTestShell.Admin));
        Assert.Equal(0, july.Totals.WonCount + july.Totals.LostCount);
    }

    [Theory, Databases]
    public async Task The_board_totals_each_column_and_filters(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var t = await DealsTestShell.StartAsync(db);
        var acme = await t.AccountAsync("Acme");
        await t.DealAsync("A", acme.ContentItemId, 10_000m, "proposal", "ada", new DateOnly(2026, 5, 1), d => d.Tags.Tags = ["Strategic"]);
        await t.DealAsync("B", acme.ContentItemId, 30_000m, "proposal", "bob", new DateOnly(2026, 7, 1));
        await t.DealAsync("C", acme.ContentItemId, 4_000m, "qualification", "ada", new DateOnly(2026, 8, 1), d => d.Tags.Tags = ["strategic", "fast"]);

        var board = (await t.ScopeAsync(sp => sp.GetRequiredService<IDealBoardQuery>().GetBoardAsync(DefaultPipelines.NewBusinessId, DealBoardFilter.None, DealsTestShell.Admin)))!;
        Assert.Equal(["Qualification", "Discovery", "Proposal", "Negotiation", "Closed won", "Closed lost"], board.Columns.Select(c => c.Stage.Name));
        var proposal = board.Columns.Single(c => c.Stage.Id == "proposal");
        Assert.Equal((2, 40_000m, 20_000m), (proposal.Count, proposal.Total, proposal.WeightedTotal));
        var a = proposal.Cards.Single(c => c.Name == "A");
        Assert.Equal(("Acme", true), (a.AccountName, a.Overdue));

        async Task<IEnumerable<string>> Names(DealBoardFilter filter) =>
            (await t.ScopeAsync(sp => sp.GetRequiredService<IDealBoardQuery>().GetBoardAsync(DefaultPipelines.NewBusinessId, filter, DealsTestShell.Admin)))!
                .Columns.SelectMany(c => c.Cards).Select(c => c.Name).Order();
        Assert.Equal(["A", "C"], await Names(new DealBoardFilter(Owner: "Ada")));
        Assert.Equal(["B"], await Names(new DealBoardFilter(AmountMin: 20_000m)));
        Assert.Equal(["A", "C"], await Names(new DealBoardFilter(AmountMax: 10_000m)));
        Assert.Equal(["B", "C"], await Names(new DealBoardFilter(CloseFrom: new DateOnly(2026, 6, 1))));
        Assert.Equal(["A", "C"], await Names(new DealBoardFilter(Tags: ["STRATEGIC"])));
        Assert.Equal(["C"], await Names(new DealBoardFilter(Tags: ["strategic", "fast"])));

        var list = await t.ScopeAsync(sp => sp.GetRequiredService<IDealBoardQuery>().ListAsync(new DealListQuery(Sort: DealSort.Amount, Descending: true, PageSize: 2), DealsTestShell.Admin));
        Assert.Equal(3, list.TotalCount);
        Assert.Equal(["B", "A"], list.Items.Select(c => c.Name));
    }
}
