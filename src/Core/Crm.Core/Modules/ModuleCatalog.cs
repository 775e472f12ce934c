using System.Reflection;
using OrchardCrm.Modules;

namespace OrchardCrm.Modules;

/// <summary>
/// The modules compiled into the host: every assembly beside the application that carries a
/// <see cref="ModuleAttribute"/>, with its features and startup classes.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, FeatureDescriptor> _features;

    public ModuleCatalog(IEnumerable<Assembly> assemblies)
    {
        var modules = new List<ModuleDescriptor>();
        var features = new List<FeatureDescriptor>();
        foreach (var assembly in assemblies.Distinct())
        {
            var module = assembly.GetCustomAttribute<ModuleAttribute>();
            if (module is null) continue;
            var descriptor = new ModuleDescriptor(module.Id, module.Name ?? module.Id, module.Description, module.Category, module.Version, module.Author, assembly);
            modules.Add(descriptor);
            var declared = assembly.GetCustomAttributes<FeatureAttribute>().ToList();
            if (declared.Count == 0)
            {
                features.Add(new FeatureDescriptor(module.Id, descriptor.Name, module.Description, module.Category, module.Dependencies, module.AlwaysEnabled, descriptor));
            }
            foreach (var feature in declared)
            {
                features.Add(new FeatureDescriptor(feature.Id, feature.Name ?? feature.Id, feature.Description, feature.Category ?? module.Category, feature.Dependencies, feature.AlwaysEnabled, descriptor));
            }
        }

        Modules = modules.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        _features = new Dictionary<string, FeatureDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in features)
        {
            if (!_features.TryAdd(feature.Id, feature))
                throw new InvalidOperationException($"Feature '{feature.Id}' is declared by both {_features[feature.Id].Module.Id} and {feature.Module.Id}.");
        }
        foreach (var feature in features)
        {
            var missing = feature.Dependencies.FirstOrDefault(d => !_features.ContainsKey(d));
            if (missing is not null)
                throw new InvalidOperationException($"Feature '{feature.Id}' depends on '{missing}', which no module declares.");
        }
        Features = features.OrderBy(f => f.Category).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ModuleDescriptor> Modules { get; }

    public IReadOnlyList<FeatureDescriptor> Features { get; }

    public FeatureDescriptor? Find(string featureId) => _features.GetValueOrDefault(featureId);

    /// <summary>The feature a startup class, controller or other type of a module belongs to: its [Feature] attribute, else its module's default feature.</summary>
    public string? DefaultFeatureOf(Type type)
    {
        var explicitFeature = type.GetCustomAttribute<FeatureAttribute>();
        if (explicitFeature is not null && explicitFeature.Id.Length > 0) return explicitFeature.Id;
        var module = type.Assembly.GetCustomAttribute<ModuleAttribute>();
        if (module is null) return null;
        if (_features.ContainsKey(module.Id)) return module.Id;
        return Features.FirstOrDefault(f => f.Module.Assembly == type.Assembly)?.Id;
    }

    /// <summary>The startup classes of every module, ordered.</summary>
    public IReadOnlyList<(string FeatureId, StartupBase Startup)> CreateStartups()
    {
        var startups = new List<(string, StartupBase)>();
        foreach (var module in Modules)
        {
            foreach (var type in module.Assembly.GetTypes().Where(t => typeof(StartupBase).IsAssignableFrom(t) && !t.IsAbstract))
            {
                var feature = DefaultFeatureOf(type) ?? module.Id;
                if (!_features.ContainsKey(feature))
                    throw new InvalidOperationException($"Startup {type.FullName} names feature '{feature}', which its module does not declare.");
                startups.Add((feature, (StartupBase)Activator.CreateInstance(type)!));
            }
        }
        return startups.OrderBy(s => s.Item2.Order).ThenBy(s => s.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>Loads the module assemblies found beside the application (files named Crm.*.dll that declare a module).</summary>
    public static ModuleCatalog FromApplicationDirectory(IEnumerable<Assembly>? extra = null)
    {
        var assemblies = new List<Assembly>(AppDomain.CurrentDomain.GetAssemblies());
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!name.Contains("Crm", StringComparison.OrdinalIgnoreCase)) continue;
            try { assemblies.Add(Assembly.Load(new AssemblyName(name))); }
            catch (Exception ex) when (ex is FileNotFoundException or BadImageFormatException or FileLoadException) { }
        }
        if (extra is not null) assemblies.AddRange(extra);
        return new ModuleCatalog(assemblies);
    }
}
