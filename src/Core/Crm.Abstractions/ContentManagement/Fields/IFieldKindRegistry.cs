namespace OrchardCrm.ContentManagement.Fields;

/// <summary>The field kinds known to the kernel (built-in and registered by enabled features), by name.</summary>
public interface IFieldKindRegistry
{
    IReadOnlyList<IFieldKind> All { get; }

    /// <summary>The kind, or null when no enabled feature provides it.</summary>
    IFieldKind? Find(string name);
}
