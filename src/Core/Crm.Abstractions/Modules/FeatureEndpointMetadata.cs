namespace OrchardCrm.Modules;

/// <summary>Endpoint metadata naming the feature that owns an endpoint; the feature gate answers 404 while it is off.</summary>
public sealed record FeatureEndpointMetadata(string FeatureId);
