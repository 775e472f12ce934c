namespace OrchardCrm.Modules;

/// <summary>A feature as the kernel knows it, built from the manifests of the loaded modules.</summary>
public sealed record FeatureDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    IReadOnlyList<string> Dependencies,
    bool AlwaysEnabled,
    ModuleDescriptor Module);

public sealed record ModuleDescriptor(
    string Id,
    string Name,
    string Description,
    string Category,
    string Version,
    string Author,
    System.Reflection.Assembly Assembly);
