namespace OrchardCrm.Modules;

/// <summary>Enables and disables features at run time. State lives in the database with a serial number.</summary>
public interface IFeatureManager
{
    IReadOnlyList<FeatureDescriptor> AvailableFeatures { get; }

    Task<IReadOnlySet<string>> GetEnabledFeatureIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>The features that enabling <paramref name="ids"/> would switch on (the ids and their missing dependencies).</summary>
    Task<IReadOnlyList<FeatureDescriptor>> GetFeaturesToEnableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The features that disabling <paramref name="ids"/> would switch off (the ids and their enabled dependents).</summary>
    Task<IReadOnlyList<FeatureDescriptor>> GetFeaturesToDisableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Enables the features with their dependencies and runs their pending data migrations. Returns what was switched on.</summary>
    /// <exception cref="FeatureException">An unknown id.</exception>
    Task<IReadOnlyList<FeatureDescriptor>> EnableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Disables the features with their dependents. Returns what was switched off.</summary>
    /// <exception cref="FeatureException">An unknown id, or an always-on feature.</exception>
    Task<IReadOnlyList<FeatureDescriptor>> DisableAsync(IEnumerable<string> ids, CancellationToken cancellationToken = default);
}

public sealed class FeatureException(string message) : Exception(message);
