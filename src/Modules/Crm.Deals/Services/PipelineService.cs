using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Deals.Indexes;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;

namespace OrchardCrm.Deals.Services;

/// <summary>Pipelines as module records; the list is read once per scope (a request) and dropped on save.</summary>
internal sealed class PipelineService(IRecordStore records, IUnitOfWork unitOfWork, DealIndexSets sets, IClock clock) : IPipelineService
{
    private List<Pipeline>? _cache;

    public async Task<IReadOnlyList<Pipeline>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (_cache is null)
        {
            var rows = await records.ListAsync(records.Query<PipelineRecord>(), cancellationToken);
            _cache = rows.Select(PipelineJson.ToPipeline).OrderBy(p => p.Position).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }
        // Copies: a caller editing a pipeline must not change what others read.
        return _cache.Select(p => p.Copy()).ToList();
    }

    public async Task<Pipeline?> GetAsync(string pipelineId, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(p => p.Id == pipelineId);

    public async Task<Pipeline?> GetDefaultAsync(CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken);
        return all.FirstOrDefault(p => p.IsDefault) ?? all.FirstOrDefault();
    }

    public IReadOnlyList<FieldError> Validate(Pipeline pipeline) => PipelineValidator.Validate(pipeline);

    public async Task<PipelineSaveResult> SaveAsync(Pipeline pipeline, CancellationToken cancellationToken = default)
    {
        var errors = PipelineValidator.Validate(pipeline);
        if (errors.Count > 0) return new PipelineSaveResult(errors);

        var existing = await records.FirstOrDefaultAsync(records.Query<PipelineRecord>().Where(r => r.PipelineId == pipeline.Id), cancellationToken);
        if (existing is not null)
        {
            var kept = pipeline.Stages.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            var removed = PipelineJson.ToPipeline(existing).Stages.Where(s => !kept.Contains(s.Id)).Select(s => s.Id).ToList();
            if (removed.Count > 0)
            {
                var deals = sets.PublishedDeals;
                var pipelineId = pipeline.Id;
                var used = await records.ListAsync(deals.Where(d => d.PipelineId == pipelineId && removed.Contains(d.StageId!)).Select(d => d.StageId!).Distinct(), cancellationToken);
                if (used.Count > 0)
                    return PipelineSaveResult.Fail("Stages", $"Stage(s) {string.Join(", ", used.Order().Select(u => $"'{u}'"))} still have deals: move them to another stage before removing the stage.");
            }
        }

        var all = await ListAsync(cancellationToken);
        // The first pipeline is the default whatever it says: new deals need somewhere to go.
        var isDefault = pipeline.IsDefault || all.Count == 0 || (all.Count == 1 && existing is not null);
        var stagesJson = PipelineJson.StagesOf(pipeline);
        // Saving what is stored writes nothing (a recipe run twice changes nothing).
        if (existing is not null && existing.Name == pipeline.Name.Trim() && existing.IsDefault == isDefault && existing.Position == pipeline.Position && existing.StagesJson == stagesJson)
            return PipelineSaveResult.Ok(PipelineJson.ToPipeline(existing));
        await using (var scope = await unitOfWork.BeginAsync(cancellationToken))
        {
            if (isDefault)
                await records.UpdateWhereAsync<PipelineRecord, bool>(r => r.PipelineId != pipeline.Id && r.IsDefault, r => r.IsDefault, false, cancellationToken);
            var record = existing ?? new PipelineRecord { PipelineId = pipeline.Id };
            record.Name = pipeline.Name.Trim();
            record.IsDefault = isDefault;
            record.Position = pipeline.Position;
            record.StagesJson = stagesJson;
            record.UpdatedUtc = UtcDates.Utc(clock.UtcNow);
            if (existing is null) await records.AddAsync(record, cancellationToken);
            else await records.UpdateAsync(record, cancellationToken);
            await scope.CommitAsync(cancellationToken);
        }
        _cache = null;
        return PipelineSaveResult.Ok((await GetAsync(pipeline.Id, cancellationToken))!);
    }

    public async Task<PipelineSaveResult> DeleteAsync(string pipelineId, CancellationToken cancellationToken = default)
    {
        var all = await ListAsync(cancellationToken);
        var pipeline = all.FirstOrDefault(p => p.Id == pipelineId);
        if (pipeline is null) return PipelineSaveResult.Fail("Id", $"There is no pipeline '{pipelineId}'.");
        if (all.Count == 1) return PipelineSaveResult.Fail("Id", "The only pipeline cannot be deleted: deals need one.");
        var deals = sets.PublishedDeals;
        if (await records.AnyAsync(deals.Where(d => d.PipelineId == pipelineId), cancellationToken))
            return PipelineSaveResult.Fail("Id", $"Pipeline '{pipeline.Name}' still has deals: move them to another pipeline first.");
        await using (var scope = await unitOfWork.BeginAsync(cancellationToken))
        {
            await records.DeleteWhereAsync<PipelineRecord>(r => r.PipelineId == pipelineId, cancellationToken);
            if (pipeline.IsDefault)
            {
                var next = all.First(p => p.Id != pipelineId).Id;
                await records.UpdateWhereAsync<PipelineRecord, bool>(r => r.PipelineId == next, r => r.IsDefault, true, cancellationToken);
            }
            await scope.CommitAsync(cancellationToken);
        }
        _cache = null;
        return PipelineSaveResult.Ok(pipeline);
    }
}
