using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Handlers;
using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>
/// A move is an ordinary deal save (so the handler's rules, the history row and the event all apply);
/// this service checks what the board needs first, and answers with field names the board's form uses.
/// </summary>
internal sealed class DealMoveService(IContentManager content, IPipelineService pipelines, IDealSettingsService settings, IDealBoardQuery board) : IDealMoveService
{
    public async Task<DealMoveResult> MoveAsync(string dealId, string toStageId, string? closeReason = null, string? competitor = null, long? expectedRowVersion = null, CancellationToken cancellationToken = default)
    {
        var item = await content.GetAsync(dealId, VersionOptions.Latest, cancellationToken);
        if (item is null || item.ContentType != DealTypes.Deal)
            return new DealMoveResult(DealMoveStatus.NotFound, [], Message: $"There is no deal '{dealId}'.");
        if (expectedRowVersion is { } expected && expected != item.RowVersion)
            return Conflict(item);

        var deal = item.As<DealPart>();
        var pipeline = deal.PipelineId is null ? null : await pipelines.GetAsync(deal.PipelineId, cancellationToken);
        var stage = pipeline?.FindStage(toStageId?.Trim());
        if (pipeline is null || stage is null)
            return Invalid("stageId", $"'{toStageId}' is not a stage of the deal's pipeline{(pipeline is null ? "" : $" '{pipeline.Name}'")}.");
        if (stage.Id == deal.StageId)
            return new DealMoveResult(DealMoveStatus.Unchanged, [], await board.GetCardAsync(dealId, cancellationToken));

        var closeErrors = DealRules.CloseErrors(stage, closeReason, competitor, await settings.GetAsync(cancellationToken))
            .Select(e => e with { Field = Camel(e.Field) }).ToList();
        if (closeErrors.Count > 0) return new DealMoveResult(DealMoveStatus.Invalid, closeErrors, Message: "The deal cannot move to " + stage.Name + ".");

        deal.StageId = stage.Id;
        if (stage.IsClosed)
        {
            deal.CloseReason.Text = closeReason!.Trim();
            deal.Competitor.Text = string.IsNullOrWhiteSpace(competitor) ? null : competitor.Trim();
        }
        item.Apply(deal);
        try
        {
            var result = await content.UpdateAsync(item, cancellationToken);
            if (!result.Succeeded)
                return new DealMoveResult(DealMoveStatus.Invalid, result.Errors.Select(e => new FieldError(FieldOf(e.Key), e.Message)).ToList(), Message: $"The deal cannot move to {stage.Name}.");
        }
        catch (ContentConflictException)
        {
            return Conflict(item);
        }
        return new DealMoveResult(DealMoveStatus.Moved, [], await board.GetCardAsync(dealId, cancellationToken));
    }

    private static DealMoveResult Conflict(ContentItem item) =>
        new(DealMoveStatus.Conflict, [], Message: $"Deal '{item.DisplayText}' was changed by someone else since the board was loaded; reload it.");

    private static DealMoveResult Invalid(string field, string message) => new(DealMoveStatus.Invalid, [new FieldError(field, message)], Message: message);

    /// <summary>"DealPart.CloseReason" → "closeReason", as the move request names it.</summary>
    private static string FieldOf(string key) => Camel(key.StartsWith("DealPart.", StringComparison.Ordinal) ? key["DealPart.".Length..] : key);

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
