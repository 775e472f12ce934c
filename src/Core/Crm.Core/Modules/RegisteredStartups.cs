namespace OrchardCrm.Modules;

/// <summary>The startups that ran at host start, kept to map their endpoints once the app is built.</summary>
public sealed record RegisteredStartups(IReadOnlyList<(string FeatureId, StartupBase Startup)> Startups);
