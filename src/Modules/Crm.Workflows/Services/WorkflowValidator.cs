using OrchardCrm.Workflows.Activities;

namespace OrchardCrm.Workflows.Services;

/// <summary>Checks a draft against the activity library: name, activities, their properties, and transitions between real outcomes.</summary>
public static class WorkflowValidator
{
    public static List<WorkflowError> Validate(WorkflowTypeDraft draft, ActivityLibrary library)
    {
        var errors = new List<WorkflowError>();
        if (string.IsNullOrWhiteSpace(draft.Name)) errors.Add(new(null, null, "Name", "Name is required."));
        else if (draft.Name.Trim().Length > 200) errors.Add(new(null, null, "Name", "Name must be at most 200 characters."));
        if (draft.WorkflowTypeId is { Length: > 64 }) errors.Add(new(null, null, "WorkflowTypeId", "WorkflowTypeId must be at most 64 characters."));

        var activities = draft.Definition.Activities;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var outcomes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (string.IsNullOrWhiteSpace(activity.ActivityId)) errors.Add(new(i, null, "ActivityId", "ActivityId is required."));
            else if (activity.ActivityId.Length > 64) errors.Add(new(i, null, "ActivityId", "ActivityId must be at most 64 characters."));
            else if (!ids.Add(activity.ActivityId)) errors.Add(new(i, null, "ActivityId", $"ActivityId '{activity.ActivityId}' is used twice."));

            var kind = library.Find(activity.Name);
            if (kind is null)
            {
                errors.Add(new(i, null, "Name", $"Unknown activity '{activity.Name}'."));
                continue;
            }
            if (activity.IsStart && !kind.IsEvent) errors.Add(new(i, null, "IsStart", $"{kind.DisplayText} is a task; a workflow starts with an event."));
            var validation = new ActivityValidation();
            kind.Validate(activity.Properties, validation);
            errors.AddRange(validation.Errors.Select(e => new WorkflowError(i, null, e.Property, e.Message)));
            if (!string.IsNullOrEmpty(activity.ActivityId)) outcomes[activity.ActivityId] = kind.GetOutcomes(activity.Properties);
        }
        if (draft.Enabled && activities.Count > 0 && !activities.Any(a => a.IsStart))
            errors.Add(new(null, null, "Activities", "An enabled workflow needs a start activity: mark an event as the start."));

        var transitions = draft.Definition.Transitions;
        for (var t = 0; t < transitions.Count; t++)
        {
            var transition = transitions[t];
            if (!ids.Contains(transition.SourceActivityId))
                errors.Add(new(null, t, "SourceActivityId", $"No activity '{transition.SourceActivityId}'."));
            else if (outcomes.TryGetValue(transition.SourceActivityId, out var names) && !names.Contains(transition.SourceOutcomeName, StringComparer.OrdinalIgnoreCase))
                errors.Add(new(null, t, "SourceOutcomeName", $"Activity '{transition.SourceActivityId}' has no outcome '{transition.SourceOutcomeName}' (it has {string.Join(", ", names)})."));
            if (!ids.Contains(transition.DestinationActivityId))
                errors.Add(new(null, t, "DestinationActivityId", $"No activity '{transition.DestinationActivityId}'."));
        }
        return errors;
    }
}
