namespace OrchardCrm.Deals.Services;

/// <summary>A refused value: <paramref name="Field"/> names it as forms and problem details key it ("Stages[2].Probability", "closeReason").</summary>
public sealed record FieldError(string Field, string Message);
