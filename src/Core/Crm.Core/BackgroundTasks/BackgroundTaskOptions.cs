using Microsoft.Extensions.Configuration;

namespace OrchardCrm.BackgroundTasks;

/// <summary>The configuration section "Crm:BackgroundTasks": whether this node polls, and how often.</summary>
public sealed record BackgroundTaskOptions(bool Enabled, TimeSpan PollInterval)
{
    public const string Section = "Crm:BackgroundTasks";

    public static BackgroundTaskOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var enabled = section.GetValue("Enabled", true);
        var seconds = section.GetValue("PollSeconds", 5.0);
        if (!(seconds > 0))
            throw new InvalidOperationException($"{Section}:PollSeconds must be a number of seconds above 0; it is '{section["PollSeconds"]}'.");
        return new BackgroundTaskOptions(enabled, TimeSpan.FromSeconds(seconds));
    }
}
