using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Common;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Deals.ViewModels;
using OrchardCrm.Security;

namespace OrchardCrm.Deals.Controllers;

/// <summary>
/// The board (a column per stage, drag and drop between them) and the list view beside it. Both read
/// through <see cref="IDealBoardQuery"/>, which applies the user's deal visibility in SQL.
/// </summary>
[Route("admin/deals")]
[Authorize(Policy = DealPolicies.ViewDeals)]
public sealed class DealBoardController(
    IPipelineService pipelines,
    IDealBoardQuery board,
    IDealMoveService mover,
    IDealAuthorizer authorizer,
    IDealSettingsService settings,
    IContentManager content,
    IPermissionService permissions,
    IClock clock) : Controller
{
    private const int ListPageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Board([FromQuery] DealFilterForm filters, CancellationToken cancellationToken)
    {
        var all = await pipelines.ListAsync(cancellationToken);
        var pipeline = await ChosenPipelineAsync(filters, all, cancellationToken);
        if (pipeline is null && !string.IsNullOrWhiteSpace(filters.Pipeline)) return NotFound();
        filters.Pipeline = pipeline?.Id;
        AddCrossFieldErrors(filters);

        var deals = await settings.GetAsync(cancellationToken);
        DealBoard? found = null;
        if (pipeline is not null && ModelState.IsValid)
            found = await board.GetBoardAsync(pipeline.Id, filters.ToFilter(), User, cancellationToken);
        return View(new DealBoardViewModel
        {
            Filters = filters,
            Pipelines = all,
            Board = found,
            WonReasons = deals.WonReasons,
            LostReasons = deals.LostReasons,
            NowUtc = clock.UtcNow,
            CanMove = await permissions.IsGrantedAsync(User, Permissions.EditOwnDeals),
        });
    }

    [HttpGet("list")]
    public async Task<IActionResult> List([FromQuery] DealFilterForm filters, string? status = DealStatuses.Open, string? q = null,
        DealSort sort = DealSort.ExpectedCloseDate, bool desc = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var all = await pipelines.ListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(filters.Pipeline) && all.All(p => p.Id != filters.Pipeline))
            ModelState.AddModelError(nameof(filters.Pipeline), "No such pipeline.");
        status = status is DealStatuses.Open or DealStatuses.Won or DealStatuses.Lost ? status : "";
        AddCrossFieldErrors(filters);

        var result = new DealListPage([], 0, 1, ListPageSize);
        if (ModelState.IsValid)
            result = await board.ListAsync(new DealListQuery(
                PipelineId: string.IsNullOrWhiteSpace(filters.Pipeline) ? null : filters.Pipeline,
                Status: status.Length == 0 ? null : status,
                Search: string.IsNullOrWhiteSpace(q) ? null : q.Trim(),
                Filter: filters.ToFilter(),
                Sort: sort,
                Descending: desc,
                Page: Math.Max(1, page),
                PageSize: ListPageSize), User, cancellationToken);
        return View(new DealListViewModel
        {
            Filters = filters, Pipelines = all, Page = result, Sort = sort, Descending = desc,
            Status = status, Search = q, NowUtc = clock.UtcNow,
        });
    }

    /// <summary>
    /// The board's drop: moves the deal and answers JSON with the card and the new figures of the two
    /// columns involved (computed with the board's filters, sent in the query string). Refusals answer
    /// 400 (field errors), 403, 404 or 409 (someone else changed the deal) with a message to show.
    /// </summary>
    [HttpPost("{id}/move")]
    public async Task<IActionResult> Move(string id, [FromForm] string? stageId, [FromForm] string? closeReason, [FromForm] string? competitor,
        [FromForm] long? rowVersion, [FromQuery] DealFilterForm filters, CancellationToken cancellationToken)
    {
        var deal = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (deal is null || deal.ContentType != DealTypes.Deal) return Problem(404, "This deal no longer exists.");
        if (!await authorizer.CanEditAsync(User, deal, cancellationToken)) return Problem(403, "You may not move this deal.");
        if (string.IsNullOrWhiteSpace(stageId)) return Problem(400, "Choose a stage.", [new FieldError("stageId", "Choose a stage.")]);

        var fromStage = deal.As<DealPart>().StageId;
        var result = await mover.MoveAsync(id, stageId, Blank(closeReason), Blank(competitor), rowVersion, cancellationToken);
        switch (result.Status)
        {
            case DealMoveStatus.NotFound: return Problem(404, result.Message ?? "This deal no longer exists.");
            case DealMoveStatus.Conflict: return Problem(409, result.Message ?? "Someone else changed this deal; reload the board.", result.Errors);
            case DealMoveStatus.Invalid: return Problem(400, result.Message ?? string.Join(" ", result.Errors.Select(e => e.Message)), result.Errors);
        }

        var card = result.Card;
        var pipelineId = card?.PipelineId ?? deal.As<DealPart>().PipelineId ?? "";
        var stages = new[] { fromStage, card?.StageId ?? stageId }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).Distinct().ToList();
        var totals = await board.GetColumnTotalsAsync(pipelineId, stages, filters.ToFilter(), User, cancellationToken);
        return Json(new
        {
            moved = result.Status == DealMoveStatus.Moved,
            message = result.Message,
            card = card is null ? null : new { card.Id, card.StageId, card.RowVersion, card.Probability, card.Status, card.Rotting, card.Overdue },
            columns = totals.Select(ColumnTotalsJson.From),
        });
    }

    private async Task<Pipeline?> ChosenPipelineAsync(DealFilterForm filters, IReadOnlyList<Pipeline> all, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(filters.Pipeline)
            ? await pipelines.GetDefaultAsync(cancellationToken)
            : all.FirstOrDefault(p => p.Id == filters.Pipeline);

    private void AddCrossFieldErrors(DealFilterForm filters)
    {
        foreach (var (field, message) in filters.Validate()) ModelState.AddModelError(field, message);
    }

    private JsonResult Problem(int status, string message, IReadOnlyList<FieldError>? errors = null)
    {
        Response.StatusCode = status;
        return Json(new { message, errors = (errors ?? []).Select(e => new { field = e.Field, message = e.Message }) });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
