namespace OrchardCrm.Security;

/// <summary>
/// The per-content-type permissions, named "{Template}_{ContentType}" (ViewContent_Account, ...).
/// They exist for every type whose settings say Securable; the Contents feature declares them.
/// </summary>
public static class ContentTypePermissionNames
{
    public const string View = "ViewContent";
    public const string Edit = "EditContent";
    public const string Publish = "PublishContent";
    public const string Delete = "DeleteContent";

    public static readonly IReadOnlyList<string> Templates =
        ["ViewContent", "ViewOwnContent", "EditContent", "EditOwnContent", "PublishContent", "DeleteContent", "DeleteOwnContent"];

    public static string For(string template, string contentType) => $"{template}_{contentType}";

    public static bool IsContentTypePermission(string name) =>
        Templates.Any(t => name.StartsWith(t + "_", StringComparison.Ordinal) && name.Length > t.Length + 1);
}
