using OrchardCrm.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;
using OrchardCrm.Security;

namespace OrchardCrm.Deals.Api;

/// <param name="StageId">The target stage (of the deal's pipeline).</param>
/// <param name="RowVersion">The card's row version: a different stored one answers 409.</param>
public sealed record MoveBody(string? StageId, string? CloseReason = null, string? Competitor = null, long? RowVersion = null);

/// <summary>The move's answer: the card as it is now and the totals of the two columns it touched.</summary>
public sealed record MoveResponse(DealCard Card, IReadOnlyList<DealColumnTotals> Columns);

/// <summary>
/// JSON API of the deals: list, one deal, its history, move, the pipelines. Creating and editing deals
/// goes through the generic content API (type "Deal"), whose rules the module's handler applies. Every
/// endpoint needs a deal permission; a deal the user may not see answers 404 (its existence is not
/// revealed), one the user may see but not change answers 403.
/// </summary>
public static class DealApi
{
    public static void MapDealApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/deals", ListAsync).RequirePermission(Permissions.ViewOwnDeals);
        routes.MapGet("/api/deals/{id}", GetAsync).RequirePermission(Permissions.ViewOwnDeals);
        routes.MapGet("/api/deals/{id}/history", HistoryAsync).RequirePermission(Permissions.ViewOwnDeals);
        routes.MapPost("/api/deals/{id}/move", MoveAsync).RequirePermission(Permissions.EditOwnDeals);
        routes.MapGet("/api/pipelines", PipelinesAsync).RequirePermission(Permissions.ViewOwnDeals);
    }

    private static async Task<IResult> ListAsync(ClaimsPrincipal user, IDealBoardQuery board,
        string? pipeline, string? stage, string? status, string? search, string? owner, DateOnly? closeFrom, DateOnly? closeTo,
        decimal? amountMin, decimal? amountMax, string? tags, bool? rotting, DealSort? sort, bool? desc, int? page, int? pageSize, string? account,
        CancellationToken cancellationToken)
    {
        var filter = new DealBoardFilter(owner, closeFrom, closeTo, amountMin, amountMax,
            string.IsNullOrWhiteSpace(tags) ? null : tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var query = new DealListQuery(pipeline, stage, string.Equals(status, "all", StringComparison.OrdinalIgnoreCase) ? null : status ?? DealStatuses.Open,
            search, filter, rotting ?? false, sort ?? DealSort.ExpectedCloseDate, desc ?? false, page ?? 1, pageSize ?? 50, account);
        return Results.Ok(await board.ListAsync(query, user, cancellationToken));
    }

    private static async Task<IResult> GetAsync(string id, ClaimsPrincipal user, IContentManager content, IDealAuthorizer authorizer, IDealBoardQuery board, ICommitteeAnalyzer committee, CancellationToken cancellationToken)
    {
        var (item, problem) = await FindVisibleAsync(id, user, content, authorizer, cancellationToken);
        if (item is null) return problem!;
        return Results.Ok(new
        {
            Card = await board.GetCardAsync(id, cancellationToken),
            Deal = item.As<DealPart>(),
            Committee = await committee.AnalyzeAsync(item, cancellationToken),
            item.Owner,
            item.RowVersion,
        });
    }

    private static async Task<IResult> HistoryAsync(string id, ClaimsPrincipal user, IContentManager content, IDealAuthorizer authorizer, IDealQueries queries, CancellationToken cancellationToken)
    {
        var (item, problem) = await FindVisibleAsync(id, user, content, authorizer, cancellationToken);
        if (item is null) return problem!;
        return Results.Ok(new
        {
            Entries = await queries.GetHistoryAsync(id, cancellationToken),
            TimeInStages = (await queries.GetTimeInStagesAsync(id, cancellationToken)).Select(s => new { s.StageId, s.StageName, Days = Math.Round(s.Duration.TotalDays, 2), s.IsCurrent }),
        });
    }

    private static async Task<IResult> MoveAsync(string id, MoveBody? body, ClaimsPrincipal user, IContentManager content, IDealAuthorizer authorizer, IDealMoveService mover, IDealBoardQuery board, CancellationToken cancellationToken)
    {
        var (item, problem) = await FindVisibleAsync(id, user, content, authorizer, cancellationToken);
        if (item is null) return problem!;
        if (!await authorizer.CanEditAsync(user, item, cancellationToken)) return ApiProblems.Forbidden("You may not move this deal.");
        if (string.IsNullOrWhiteSpace(body?.StageId)) return DealProblems.Fields([new FieldError("stageId", "Give the stage to move the deal to.")]);

        var fromStage = item.As<DealPart>().StageId;
        var result = await mover.MoveAsync(id, body.StageId, body.CloseReason, body.Competitor, body.RowVersion, cancellationToken);
        switch (result.Status)
        {
            case DealMoveStatus.NotFound: return ApiProblems.NotFound(result.Message ?? $"There is no deal '{id}'.");
            case DealMoveStatus.Conflict: return ApiProblems.Conflict(result.Message ?? "The deal was changed by someone else.");
            case DealMoveStatus.Invalid: return DealProblems.Fields(result.Errors, result.Message ?? "The move is not valid.");
        }
        var card = result.Card!;
        var stages = new[] { fromStage, card.StageId }.OfType<string>().Distinct().ToList();
        var columns = card.PipelineId is null ? [] : await board.GetColumnTotalsAsync(card.PipelineId, stages, DealBoardFilter.None, user, cancellationToken);
        return Results.Ok(new MoveResponse(card, columns));
    }

    private static async Task<IResult> PipelinesAsync(IPipelineService pipelines, CancellationToken cancellationToken) =>
        Results.Ok(await pipelines.ListAsync(cancellationToken));

    private static async Task<(ContentItem? Item, IResult? Problem)> FindVisibleAsync(string id, ClaimsPrincipal user, IContentManager content, IDealAuthorizer authorizer, CancellationToken cancellationToken)
    {
        var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
        // A deal the user may not see is answered like one that does not exist.
        if (item is null || item.ContentType != DealTypes.Deal || !await authorizer.CanViewAsync(user, item, cancellationToken))
            return (null, ApiProblems.NotFound($"There is no deal '{id}'."));
        return (item, null);
    }
}
