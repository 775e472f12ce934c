using OrchardCrm.Modules;

namespace OrchardCrm.ContentManagement.Fields;

/// <summary>
/// The field kinds of the enabled features, by name, as of this scope (a request): a module's kinds are
/// absent while its feature is off. When two kinds share a name, the one registered last wins, so a
/// module may replace a built-in kind.
/// </summary>
public sealed class FieldKindRegistry : IFieldKindRegistry
{
    private readonly Dictionary<string, IFieldKind> _byName = new(StringComparer.Ordinal);

    public FieldKindRegistry(IEnabled<IFieldKind> kinds)
    {
        foreach (var kind in kinds) _byName[kind.Name] = kind;
        All = _byName.Values.ToList();
    }

    public IReadOnlyList<IFieldKind> All { get; }

    public IFieldKind? Find(string name) => _byName.GetValueOrDefault(name);
}
