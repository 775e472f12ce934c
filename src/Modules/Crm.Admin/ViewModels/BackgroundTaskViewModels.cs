using OrchardCrm.BackgroundTasks;

namespace OrchardCrm.Admin.ViewModels;

/// <param name="FeatureName">The feature's display name, or "Kernel" for the kernel's own tasks.</param>
public sealed record BackgroundTaskRow(BackgroundTaskStatus Status, string FeatureName)
{
    /// <summary>"every 5 min", "every 1 h 30 min", "every 2 d".</summary>
    public string IntervalText => "every " + Describe(Status.Interval);

    public string ScopeText => Status.Scope == BackgroundTaskScope.OneNode ? "One node" : "Every node";

    /// <summary>The first line of the recorded error (the exception's type and message); the rest is the stack.</summary>
    public string? ErrorSummary => Status.LastError?.Split('\n', 2)[0].Trim();

    public static string Time(DateTime? utc) => utc is { } value ? value.ToString("yyyy-MM-dd HH:mm:ss") + " UTC" : "—";

    private static string Describe(TimeSpan interval)
    {
        var parts = new List<string>();
        if (interval.Days > 0) parts.Add($"{interval.Days} d");
        if (interval.Hours > 0) parts.Add($"{interval.Hours} h");
        if (interval.Minutes > 0) parts.Add($"{interval.Minutes} min");
        if (interval.Seconds > 0 || parts.Count == 0) parts.Add($"{interval.Seconds} s");
        return string.Join(" ", parts);
    }
}
