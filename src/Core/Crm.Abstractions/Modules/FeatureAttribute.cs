namespace OrchardCrm.Modules;

/// <summary>
/// On an assembly (in Manifest.cs): declares one feature of the module.
/// On a Startup class or a controller: says which feature it belongs to. A startup or controller
/// without it belongs to the module's default feature (the one whose id equals the module id,
/// otherwise the first declared).
/// </summary>
[AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class, AllowMultiple = true)]
public sealed class FeatureAttribute : Attribute
{
    public FeatureAttribute() { }

    public FeatureAttribute(string id) => Id = id;

    public string Id { get; init; } = "";
    public string? Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Defaults to the module's category.</summary>
    public string? Category { get; init; }

    public string[] Dependencies { get; init; } = [];

    /// <summary>An always-on feature is enabled at setup and refuses to be disabled.</summary>
    public bool AlwaysEnabled { get; init; }
}
