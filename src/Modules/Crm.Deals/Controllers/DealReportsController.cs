using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Common;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Deals.ViewModels;
using OrchardCrm.Security;

namespace OrchardCrm.Deals.Controllers;

/// <summary>The rotting list, the forecast (table and chart, change since a date) and the win/loss report.</summary>
[Route("admin/deals")]
public sealed class DealReportsController(
    IDealQueries queries,
    IDealAuthorizer authorizer,
    IForecastService forecast,
    IWinLossService winLoss,
    IPipelineService pipelines,
    IClock clock) : Controller
{
    /// <summary>A report over more than this many days is refused: the page would be unreadable and slow.</summary>
    private const int MaxRangeDays = 3 * 366;

    [HttpGet("rotting")]
    [Authorize(Policy = DealPolicies.ViewDeals)]
    public async Task<IActionResult> Rotting(string? owner, CancellationToken cancellationToken)
    {
        var me = User.Identity?.Name ?? "";
        // Who sees every deal manages them: they may look at anyone's rotting deals.
        var canPick = (await authorizer.GetScopeAsync(User, cancellationToken)).All;
        var who = canPick && !string.IsNullOrWhiteSpace(owner) ? owner.Trim() : me;
        var deals = await queries.RottingForOwnerAsync(who, cancellationToken);
        return View(new RottingViewModel(who, canPick, deals, await pipelines.ListAsync(cancellationToken), clock.UtcNow));
    }

    [HttpGet("forecast")]
    [Authorize(Policy = DealPolicies.ViewForecast)]
    public async Task<IActionResult> Forecast([FromQuery] ForecastForm form, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        var quarterStart = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        form.From ??= form.Period == ForecastPeriod.Quarter ? quarterStart : new DateOnly(today.Year, today.Month, 1);
        form.To ??= form.Period == ForecastPeriod.Quarter ? quarterStart.AddMonths(12).AddDays(-1) : new DateOnly(today.Year, today.Month, 1).AddMonths(6).AddDays(-1);
        CheckRange(form.From.Value, form.To.Value, nameof(form.To));
        if (form.Since is { } since && since > today) ModelState.AddModelError(nameof(form.Since), "Choose a day in the past.");

        var all = await pipelines.ListAsync(cancellationToken);
        ForecastReport? report = null;
        ForecastChange? change = null;
        if (ModelState.IsValid)
        {
            var query = new ForecastQuery(form.Period, form.From.Value, form.To.Value, Blank(form.Owner), Blank(form.Pipeline));
            report = await forecast.GetAsync(query, User, cancellationToken);
            if (form.Since is { } day)
                change = await forecast.ChangeSinceAsync(query, day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), User, cancellationToken);
        }
        return View(new ForecastViewModel(form, all, report, change, report is null ? "null" : ChartJson(report)));
    }

    [HttpGet("win-loss")]
    [Authorize(Policy = DealPolicies.ViewForecast)]
    public async Task<IActionResult> WinLoss([FromQuery] WinLossForm form, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        form.From ??= today.AddMonths(-12).AddDays(1);
        form.To ??= today;
        CheckRange(form.From.Value, form.To.Value, nameof(form.To));
        WinLossReport? report = null;
        if (ModelState.IsValid) report = await winLoss.GetAsync(form.From.Value, form.To.Value, User, Blank(form.Pipeline), cancellationToken);
        return View(new WinLossViewModel(form, await pipelines.ListAsync(cancellationToken), report));
    }

    private void CheckRange(DateOnly from, DateOnly to, string field)
    {
        if (to < from) ModelState.AddModelError(field, "The range ends before it starts.");
        else if (to.DayNumber - from.DayNumber > MaxRangeDays) ModelState.AddModelError(field, "Choose a range of three years at most.");
    }

    /// <summary>The chart's data: one stacked bar per period, a dataset per forecast category (sums, all owners).</summary>
    private static string ChartJson(ForecastReport report)
    {
        var labels = report.Periods.Select(p => ForecastReport.Label(report.Query.Period, p)).ToList();
        var datasets = ForecastCategoryName.All
            .Where(c => c.Category != ForecastCategory.Omitted)
            .Select(c => new
            {
                label = c.Label,
                category = c.Category.ToString(),
                data = report.Periods.Select(p => report.Rows.Where(r => r.PeriodStart == p && r.Category == c.Category).Sum(r => r.Sum)).ToList(),
            })
            .ToList();
        return JsonSerializer.Serialize(new { labels, datasets });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
