using OrchardCrm.Data;

namespace OrchardCrm.Deals.Records;

/// <summary>
/// A rotting episode that has been announced: the deal has been idle since <see cref="IdleSinceUtc"/>.
/// The unique key makes "DealRotting" fire once per deal and episode, on however many nodes; new
/// activity starts a new idle time, so a later episode gets a new row.
/// </summary>
[RecordIndex(nameof(DealId), nameof(IdleSinceUtc), Unique = true)]
public sealed class DealRottingEpisodeRecord : ModuleRecord
{
    public string DealId { get; set; } = "";
    public string? StageId { get; set; }
    public DateTime IdleSinceUtc { get; set; }
    public DateTime RaisedUtc { get; set; }
}
