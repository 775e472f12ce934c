using OrchardCrm.Data;

namespace OrchardCrm.Deals.Records;

/// <summary>A stored pipeline: its stages as JSON (they are always read and saved together). Use IPipelineService.</summary>
[RecordIndex(nameof(PipelineId), Unique = true)]
public sealed class PipelineRecord : ModuleRecord
{
    public string PipelineId { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsDefault { get; set; }
    public int Position { get; set; }
    /// <summary>The <see cref="Models.StageDefinition"/> list as JSON.</summary>
    public string StagesJson { get; set; } = "[]";
    public DateTime UpdatedUtc { get; set; }
}
