using OrchardCrm.Deals.Models;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>The pipeline editor's form: the pipeline and its stages, bound as Stages[i].Name...; stage fields are <see cref="StageDefinition"/>'s.</summary>
public sealed class PipelineForm
{
    /// <summary>Empty for a new pipeline (made from the name).</summary>
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool IsDefault { get; set; }
    public int Position { get; set; }
    public bool IsNew { get; set; }
    public List<StageDefinition> Stages { get; set; } = [];

    public static PipelineForm From(Pipeline p) => new()
    {
        Id = p.Id, Name = p.Name, IsDefault = p.IsDefault, Position = p.Position,
        Stages = [.. p.OrderedStages.Select(s => s.Copy())],
    };

    public Pipeline ToPipeline() => new()
    {
        Id = Id?.Trim() ?? "",
        Name = Name?.Trim() ?? "",
        IsDefault = IsDefault,
        Position = Position,
        Stages = [.. Stages.Select(s => { var copy = s.Copy(); copy.Name = s.Name?.Trim() ?? ""; copy.Id = s.Id?.Trim() ?? ""; return copy; })],
    };

    /// <summary>"Proposal sent" → "proposal-sent": the slug a new pipeline or stage gets when none is typed.</summary>
    public static string Slug(string? text)
    {
        var chars = (text ?? "").Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = new string(chars);
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return slug.Trim('-');
    }
}
