using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.Services;

/// <summary>Reads and saves pipelines (and their stages). Definitions are cached per request scope.</summary>
public interface IPipelineService
{
    /// <summary>All pipelines, by position then name.</summary>
    Task<IReadOnlyList<Pipeline>> ListAsync(CancellationToken cancellationToken = default);

    Task<Pipeline?> GetAsync(string pipelineId, CancellationToken cancellationToken = default);

    /// <summary>The pipeline marked default (else the first one); null when there are none.</summary>
    Task<Pipeline?> GetDefaultAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks a pipeline without saving. Errors name the field: "Id", "Name", "Stages", "Stages[2].Probability",
    /// "Stages[0].Id"... Rules: id a slug, name required, stage ids unique slugs, names required, probability
    /// 0-100, rotting/follow-up days ≥ 0, exactly one closed-won and at least one closed-lost stage.
    /// </summary>
    IReadOnlyList<FieldError> Validate(Pipeline pipeline);

    /// <summary>
    /// Validates and stores (insert or replace by id). Stages are re-sorted by Order. Marking it default
    /// clears the flag on the others. Removing a stage that still has deals is refused ("Stages").
    /// </summary>
    Task<PipelineSaveResult> SaveAsync(Pipeline pipeline, CancellationToken cancellationToken = default);

    /// <summary>Deletes a pipeline without deals; refused ("Id") when deals still use it or it is the only one.</summary>
    Task<PipelineSaveResult> DeleteAsync(string pipelineId, CancellationToken cancellationToken = default);
}

public sealed record PipelineSaveResult(IReadOnlyList<FieldError> Errors, Pipeline? Pipeline = null)
{
    public bool Succeeded => Errors.Count == 0;
    public static PipelineSaveResult Ok(Pipeline pipeline) => new([], pipeline);
    public static PipelineSaveResult Fail(string field, string message) => new([new FieldError(field, message)]);
}
