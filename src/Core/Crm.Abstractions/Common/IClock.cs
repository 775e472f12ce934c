namespace OrchardCrm.Common;

/// <summary>The time, injectable so tests can move it.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
