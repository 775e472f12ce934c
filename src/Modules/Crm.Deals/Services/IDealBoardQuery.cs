using System.Security.Claims;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// The board: a column per stage of a pipeline with its deals, count, total and weighted total. One SQL
/// query on the deal index (with the account name and last activity as sub-queries), whatever the number
/// of deals. Only deals the user may see (<see cref="IDealAuthorizer"/>).
/// </summary>
public interface IDealBoardQuery
{
    /// <summary>Null when the pipeline does not exist. Closed columns hold the deals closed in the last 30 days unless filtered by close date.</summary>
    Task<DealBoard?> GetBoardAsync(string pipelineId, DealBoardFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>Count and totals of the given stages (e.g. the two columns a move touched), same filter and visibility.</summary>
    Task<IReadOnlyList<DealColumnTotals>> GetColumnTotalsAsync(string pipelineId, IReadOnlyCollection<string> stageIds, DealBoardFilter filter, ClaimsPrincipal user, CancellationToken cancellationToken = default);

    /// <summary>One card (no visibility check), or null.</summary>
    Task<DealCard?> GetCardAsync(string dealId, CancellationToken cancellationToken = default);

    /// <summary>A page of deals across pipelines for the list view.</summary>
    Task<DealListPage> ListAsync(DealListQuery query, ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <param name="Owner">Owner's user name (any case).</param>
/// <param name="CloseFrom">Expected close date from (inclusive).</param>
/// <param name="CloseTo">Expected close date to (inclusive).</param>
/// <param name="Tags">Deals having every one of these tags (any case).</param>
public sealed record DealBoardFilter(
    string? Owner = null,
    DateOnly? CloseFrom = null,
    DateOnly? CloseTo = null,
    decimal? AmountMin = null,
    decimal? AmountMax = null,
    IReadOnlyList<string>? Tags = null)
{
    public static DealBoardFilter None { get; } = new();
}

public sealed record DealBoard(Pipeline Pipeline, IReadOnlyList<DealColumn> Columns, DealBoardFilter Filter)
{
    public int Count => Columns.Sum(c => c.Count);
}

public sealed record DealColumn(StageDefinition Stage, int Count, decimal Total, decimal WeightedTotal, IReadOnlyList<DealCard> Cards);

public sealed record DealColumnTotals(string StageId, int Count, decimal Total, decimal WeightedTotal);

public enum DealSort { ExpectedCloseDate, Amount, Name, Stage, Owner, Idle, Modified }

/// <param name="Status">"Open", "Won", "Lost" or null for all.</param>
/// <param name="Search">Part of the deal name.</param>
/// <param name="Page">1-based.</param>
public sealed record DealListQuery(
    string? PipelineId = null,
    string? StageId = null,
    string? Status = DealStatuses.Open,
    string? Search = null,
    DealBoardFilter? Filter = null,
    bool RottingOnly = false,
    DealSort Sort = DealSort.ExpectedCloseDate,
    bool Descending = false,
    int Page = 1,
    int PageSize = 50,
    string? AccountId = null);

public sealed record DealListPage(IReadOnlyList<DealCard> Items, int TotalCount, int Page, int PageSize)
{
    public int PageCount => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
