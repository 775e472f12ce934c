using System.Text.RegularExpressions;

namespace OrchardCrm.ContentTypes.Services;

/// <summary>
/// Names of types, parts and fields end up as JSON property names, permission names and index keys,
/// so they are kept to the same rule the recipes enforce.
/// </summary>
public static partial class TechnicalName
{
    public const string Rule = "use letters, digits and underscores, starting with a letter";

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    /// <summary>The error for a bad name, or null when it is fine.</summary>
    public static string? Check(string? name, string what) =>
        string.IsNullOrWhiteSpace(name) ? $"The {what} is required."
        : IsValid(name) ? null
        : $"'{name}' is not a valid {what}: {Rule}.";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex Pattern();
}
