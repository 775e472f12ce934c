namespace OrchardCrm.Modules;

/// <summary>
/// Which feature each type that a startup registered belongs to. Types not in the map (the kernel's own)
/// belong to no feature and are always active. Module types that were not registered through a startup
/// (controllers, say) fall back to their module's default feature.
/// </summary>
public sealed class FeatureTypeMap(ModuleCatalog catalog)
{
    private readonly Dictionary<Type, string> _map = [];

    public void Add(Type type, string featureId) => _map.TryAdd(type, featureId);

    public string? FeatureOf(Type type) =>
        _map.TryGetValue(type, out var feature) ? feature : catalog.DefaultFeatureOf(type);
}
