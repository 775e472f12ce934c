namespace OrchardCrm.Modules;

/// <summary>
/// Marks an assembly as a CRM module. Declared once per module, in its Manifest.cs:
/// <c>[assembly: Module(Id = "Crm.Deals", Name = "Deals Pipeline", ...)]</c>.
/// When a module declares no <see cref="FeatureAttribute"/>, it has one feature whose id is the module id.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public string Description { get; init; } = "";
    public string Category { get; init; } = "Uncategorized";
    public string Version { get; init; } = "1.0.0";
    public string Author { get; init; } = "OrchardCrm";

    /// <summary>Dependencies of the module's default feature (only used when no feature is declared).</summary>
    public string[] Dependencies { get; init; } = [];

    /// <summary>Whether the module's default feature is always on (only used when no feature is declared).</summary>
    public bool AlwaysEnabled { get; init; }
}
