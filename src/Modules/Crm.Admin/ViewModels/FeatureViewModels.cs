using OrchardCrm.Modules;

namespace OrchardCrm.Admin.ViewModels;

/// <param name="Dependencies">The names of the features it needs.</param>
/// <param name="Dependents">The names of the features that need it.</param>
public sealed record FeatureRow(FeatureDescriptor Feature, bool Enabled, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Dependents);

public sealed record FeatureGroup(string Category, IReadOnlyList<FeatureRow> Features);

/// <summary>The confirmation before enabling or disabling: what else changes, or why it cannot.</summary>
/// <param name="AlsoChanged">The other features switched on (dependencies) or off (dependents) with it.</param>
/// <param name="Refusal">Why the change cannot be made (an always-on feature would go off), or null.</param>
public sealed record FeatureChangeViewModel(FeatureDescriptor Feature, bool Enable, IReadOnlyList<FeatureDescriptor> AlsoChanged, string? Refusal, bool NothingToDo);
