namespace OrchardCrm.ContentManagement.Fields;

/// <summary>The validation messages the built-in kinds share; each names the field as users see it.</summary>
public static class FieldMessages
{
    public static string Required(FieldValidationContext context) => $"{context.Definition.DisplayName} is required.";

    /// <param name="expected">What the value should be, e.g. "a number", "text".</param>
    public static string WrongType(FieldValidationContext context, string expected) => $"{context.Definition.DisplayName} must be {expected}.";

    public static string TooLong(FieldValidationContext context, int maxLength) =>
        $"{context.Definition.DisplayName} must be at most {maxLength} characters long.";

    public static string BelowMinimum(FieldValidationContext context, decimal minimum) =>
        $"{context.Definition.DisplayName} must be at least {FieldJson.Invariant(minimum)}.";

    public static string AboveMaximum(FieldValidationContext context, decimal maximum) =>
        $"{context.Definition.DisplayName} must be at most {FieldJson.Invariant(maximum)}.";

    public static string TooFew(FieldValidationContext context, decimal minimum) =>
        $"{context.Definition.DisplayName} needs at least {FieldJson.Invariant(minimum)} {(minimum == 1 ? "value" : "values")}.";

    public static string TooMany(FieldValidationContext context, decimal maximum) =>
        $"{context.Definition.DisplayName} accepts at most {FieldJson.Invariant(maximum)} {(maximum == 1 ? "value" : "values")}.";

    public static string OnlyOne(FieldValidationContext context) => $"{context.Definition.DisplayName} accepts only one value.";

    /// <summary>Checks a number against the settings' Minimum and Maximum.</summary>
    public static void CheckRange(FieldValidationContext context, decimal value)
    {
        if (context.Settings.Minimum is { } minimum && value < minimum) context.Fail(BelowMinimum(context, minimum));
        if (context.Settings.Maximum is { } maximum && value > maximum) context.Fail(AboveMaximum(context, maximum));
    }
}
