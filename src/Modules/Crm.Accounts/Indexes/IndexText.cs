namespace OrchardCrm.Accounts.Indexes;

/// <summary>How text is stored in this module's indexes: trimmed, lower case, null when empty.</summary>
internal static class IndexText
{
    public static string? Lower(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
