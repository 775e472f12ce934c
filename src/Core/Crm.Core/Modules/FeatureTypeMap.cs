namespace OrchardCrm.Modules;

/// <summary>
/// Which feature each type that a startup registered belongs to. Types not in the map (the kernel's own)
/// belong to no feature and are always active. Module types that were not registered through a startup
/// (controllers, say) fall back to their module's default feature.
/// </summary>
public sealed class FeatureTypeMap(ModuleCatalog catalog)
{
    private readonly Dictionary<Type, string> _map = [];

    /// <summary>Instances of kernel types that a feature's startup registered (their type says nothing of the feature).</summary>
    private readonly Dictionary<object, string> _instances = new(ReferenceEqualityComparer.Instance);

    public void Add(Type type, string featureId) => _map.TryAdd(type, featureId);

    public void AddInstance(object instance, string featureId) => _instances.TryAdd(instance, featureId);

    public string? FeatureOfInstance(object instance) => _instances.TryGetValue(instance, out var feature) ? feature : null;

    public string? FeatureOf(Type type) =>
        _map.TryGetValue(type, out var feature) ? feature : catalog.DefaultFeatureOf(type);
}
