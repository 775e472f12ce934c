using System.Text.Json;
using System.Text.Json.Serialization;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;

namespace OrchardCrm.Deals.Services;

/// <summary>How stages are stored in <see cref="PipelineRecord.StagesJson"/> (categories by name).</summary>
internal static class PipelineJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static Pipeline ToPipeline(PipelineRecord record) => new()
    {
        Id = record.PipelineId,
        Name = record.Name,
        IsDefault = record.IsDefault,
        Position = record.Position,
        Stages = JsonSerializer.Deserialize<List<StageDefinition>>(record.StagesJson, Options) ?? [],
    };

    public static string StagesOf(Pipeline pipeline) =>
        JsonSerializer.Serialize(pipeline.OrderedStages.ToList(), Options);
}
