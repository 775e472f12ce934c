namespace OrchardCrm.Deals.Models;

/// <summary>
/// A sales process: ordered stages from first contact to closed won / closed lost. Stored as a module
/// record (<see cref="Records.PipelineRecord"/>), read and saved through <c>IPipelineService</c>.
/// A valid pipeline has exactly one closed-won stage and at least one closed-lost stage.
/// </summary>
public sealed class Pipeline
{
    /// <summary>Stable slug ("new-business"), unique; deals refer to it.</summary>
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>New deals without a pipeline go to the default one; exactly one pipeline is the default.</summary>
    public bool IsDefault { get; set; }
    /// <summary>Position among pipelines in lists.</summary>
    public int Position { get; set; }
    public List<StageDefinition> Stages { get; set; } = [];

    public StageDefinition? FindStage(string? stageId) =>
        stageId is null ? null : Stages.FirstOrDefault(s => string.Equals(s.Id, stageId, StringComparison.Ordinal));

    /// <summary>Stages in board order.</summary>
    public IReadOnlyList<StageDefinition> OrderedStages => Stages.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    public IReadOnlyList<StageDefinition> OpenStages => OrderedStages.Where(s => !s.IsClosed).ToList();

    public StageDefinition? WonStage => Stages.FirstOrDefault(s => s.ForecastCategory == ForecastCategory.ClosedWon);

    public IReadOnlyList<StageDefinition> LostStages => OrderedStages.Where(s => s.ForecastCategory == ForecastCategory.ClosedLost).ToList();

    public Pipeline Copy() => new() { Id = Id, Name = Name, IsDefault = IsDefault, Position = Position, Stages = Stages.Select(s => s.Copy()).ToList() };
}
