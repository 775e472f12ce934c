using OrchardCrm.Modules;

namespace OrchardCrm.Recipes;

/// <summary>
/// Finds the handlers of a step name. A handler is available when its feature is enabled now, or
/// enabled by an earlier "feature" step of the same recipe (and not disabled by a later one); kernel
/// handlers belong to no feature and are always available. Names match case-insensitively, as in
/// Orchard Core ("Feature" and "feature" are the same step).
/// </summary>
public sealed class RecipeStepResolver(IEnumerable<IRecipeStepHandler> handlers, FeatureTypeMap types, IShellFeatures shell)
{
    public IReadOnlyList<IRecipeStepHandler> Resolve(string stepName, RecipeExecutionState state) =>
        Named(stepName).Where(h => IsAvailable(FeatureOf(h), state)).ToList();

    /// <summary>The features whose handlers would run this step, were they enabled (for the error message).</summary>
    public IReadOnlyList<string> FeaturesProviding(string stepName) =>
        Named(stepName).Select(FeatureOf).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private IEnumerable<IRecipeStepHandler> Named(string stepName) =>
        handlers.Where(h => string.Equals(h.Name, stepName, StringComparison.OrdinalIgnoreCase));

    private string? FeatureOf(IRecipeStepHandler handler) => types.FeatureOf(handler.GetType());

    private bool IsAvailable(string? feature, RecipeExecutionState state)
    {
        if (feature is null) return true;
        if (state.FeaturesToDisable.Contains(feature)) return false;
        return state.FeaturesToEnable.Contains(feature) || shell.IsEnabled(feature);
    }
}
