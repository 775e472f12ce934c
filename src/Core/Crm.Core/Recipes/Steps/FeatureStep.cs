using OrchardCrm.Modules;

namespace OrchardCrm.Recipes.Steps;

/// <summary>
/// The "feature" step: <c>{ "name": "feature", "disable": [ ... ], "enable": [ ... ] }</c>. Disables
/// first, then enables (each with its dependents or dependencies), through the feature manager, so
/// migrations run and the shell sees the change inside the recipe's transaction. Enabling an enabled
/// feature, or disabling a disabled one, changes nothing.
/// </summary>
public sealed class FeatureStep(ModuleCatalog catalog, IShellFeatures shell, IFeatureManager features) : IRecipeStepHandler
{
    public string Name => "feature";

    public Task ValidateAsync(RecipeStepContext context)
    {
        var disable = StepJson.StringList(context, "disable") ?? [];
        var enable = StepJson.StringList(context, "enable") ?? [];
        var state = context.State;

        foreach (var (index, id) in disable)
        {
            var feature = Find(context, "disable", index, id);
            if (feature is null) continue;
            if (feature.AlwaysEnabled)
            {
                context.Fail($"disable[{index}]", $"feature '{feature.Id}' is always enabled and cannot be disabled.");
                continue;
            }
            foreach (var off in WithDependents(feature, state))
            {
                if (off.AlwaysEnabled)
                {
                    context.Fail($"disable[{index}]", $"disabling '{feature.Id}' would disable '{off.Id}', which is always enabled.");
                    break;
                }
                state.FeaturesToDisable.Add(off.Id);
                state.FeaturesToEnable.Remove(off.Id);
            }
        }

        foreach (var (index, id) in enable)
        {
            var feature = Find(context, "enable", index, id);
            if (feature is null) continue;
            foreach (var on in WithDependencies(feature))
            {
                state.FeaturesToEnable.Add(on.Id);
                state.FeaturesToDisable.Remove(on.Id);
            }
        }
        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(RecipeStepContext context)
    {
        var disable = (StepJson.StringList(context, "disable") ?? []).Select(v => v.Value).ToList();
        var enable = (StepJson.StringList(context, "enable") ?? []).Select(v => v.Value).ToList();
        try
        {
            if (disable.Count > 0) await features.DisableAsync(disable);
            if (enable.Count > 0) await features.EnableAsync(enable);
        }
        catch (FeatureException ex)
        {
            context.Fail(disable.Count > 0 && enable.Count == 0 ? "disable" : "enable", ex.Message);
        }
    }

    private FeatureDescriptor? Find(RecipeStepContext context, string key, int index, string id)
    {
        var feature = catalog.Find(id);
        if (feature is null) context.Fail($"{key}[{index}]", $"unknown feature '{id}'.");
        return feature;
    }

    private List<FeatureDescriptor> WithDependencies(FeatureDescriptor feature)
    {
        var result = new List<FeatureDescriptor>();
        var pending = new Stack<FeatureDescriptor>([feature]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (result.Contains(current)) continue;
            result.Add(current);
            foreach (var dependency in current.Dependencies)
                if (catalog.Find(dependency) is { } found) pending.Push(found);
        }
        return result;
    }

    /// <summary>The feature and the features, on now or by an earlier step, that depend on it directly or not.</summary>
    private List<FeatureDescriptor> WithDependents(FeatureDescriptor feature, RecipeExecutionState state)
    {
        bool IsOn(FeatureDescriptor f) => !state.FeaturesToDisable.Contains(f.Id) && (state.FeaturesToEnable.Contains(f.Id) || shell.IsEnabled(f.Id));
        var result = new List<FeatureDescriptor> { feature };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var candidate in catalog.Features.Where(f => IsOn(f) && !result.Contains(f)))
            {
                if (!candidate.Dependencies.Any(d => result.Any(r => string.Equals(r.Id, d, StringComparison.OrdinalIgnoreCase)))) continue;
                result.Add(candidate);
                changed = true;
            }
        }
        return result;
    }
}
