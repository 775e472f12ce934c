namespace OrchardCrm.Data.Entities;

/// <summary>
/// The schedule and lease of one one-node background task, shared by every node on the database: the
/// node whose UPDATE sets the lease runs the due run; the others see the row taken and skip it.
/// </summary>
public sealed class BackgroundTaskStateRecord
{
    public string Name { get; set; } = "";
    public DateTime NextRunUtc { get; set; }

    /// <summary>The node running the task now, or null when no run is under way.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>When the lease lapses, so that another node retakes a run whose node died.</summary>
    public DateTime? LeaseExpiresUtc { get; set; }

    public DateTime? LastRunUtc { get; set; }
    public string? LastError { get; set; }
    public long? LastDurationMs { get; set; }
}
