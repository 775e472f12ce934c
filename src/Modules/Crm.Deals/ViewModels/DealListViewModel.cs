using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>The list view: a sortable, paged table with the board's filters.</summary>
public sealed class DealListViewModel
{
    public required DealFilterForm Filters { get; init; }
    public required IReadOnlyList<Pipeline> Pipelines { get; init; }
    public required DealListPage Page { get; init; }
    public required DealSort Sort { get; init; }
    public required bool Descending { get; init; }
    /// <summary>"Open", "Won", "Lost" or "" for all.</summary>
    public required string Status { get; init; }
    public string? Search { get; init; }
    public required DateTime NowUtc { get; init; }

    /// <summary>Stage names by pipeline and stage id.</summary>
    public string StageName(string? pipelineId, string? stageId) =>
        Pipelines.FirstOrDefault(p => p.Id == pipelineId)?.FindStage(stageId)?.Name ?? stageId ?? "—";

    public string PipelineName(string? pipelineId) => Pipelines.FirstOrDefault(p => p.Id == pipelineId)?.Name ?? pipelineId ?? "—";

    /// <summary>The link for a column header: same filters, sorted by it (toggling the direction when it already is).</summary>
    public string SortLink(DealSort sort) =>
        "/admin/deals/list" + Filters.ToQueryString(
            ("status", Status), ("q", Search), ("sort", sort.ToString()),
            ("desc", sort == Sort && !Descending ? "true" : null));

    public string PageLink(int page) =>
        "/admin/deals/list" + Filters.ToQueryString(
            ("status", Status), ("q", Search), ("sort", Sort.ToString()), ("desc", Descending ? "true" : null), ("page", page.ToString()));
}
