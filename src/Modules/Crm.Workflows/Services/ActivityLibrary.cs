using OrchardCrm.Events;
using OrchardCrm.Workflows.Activities;
using OrchardCrm.Workflows.Activities.Events;

namespace OrchardCrm.Workflows.Services;

/// <summary>
/// The activity kinds available: the registered activities of enabled features, plus one event activity
/// for each announced CRM event (and the well-known ones, <see cref="KnownCrmEvents"/>) that has no
/// activity of its own. This is the editor's toolbox and what the engine resolves names with.
/// </summary>
public sealed class ActivityLibrary
{
    private readonly Dictionary<string, IActivity> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The runtime library takes the enabled activities and announced events; a recipe step validates
    /// against every activity of the module (its feature may be enabled by an earlier step of the recipe).
    /// </summary>
    public ActivityLibrary(IEnumerable<IActivity> activities, IEnumerable<CrmEventDescriptor> descriptors)
    {
        foreach (var activity in activities) _byName.TryAdd(activity.Name, activity);
        foreach (var descriptor in descriptors) _byName.TryAdd(descriptor.Name, new CrmEventActivity(descriptor));
        foreach (var descriptor in KnownCrmEvents.All) _byName.TryAdd(descriptor.Name, new CrmEventActivity(descriptor));
    }

    public IActivity? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<IActivity> All => _byName.Values;

    /// <summary>By category, events first within the toolbox order.</summary>
    public IEnumerable<IGrouping<string, IActivity>> ByCategory =>
        _byName.Values.OrderBy(a => a.IsEvent ? 0 : 1).ThenBy(a => a.Category).ThenBy(a => a.DisplayText).GroupBy(a => (a.IsEvent ? "Events: " : "Tasks: ") + a.Category);
}
