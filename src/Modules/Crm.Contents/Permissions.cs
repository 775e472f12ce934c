using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Security;

namespace OrchardCrm.Contents.Security;

/// <summary>
/// The content permissions: one set for all types (ViewContent, EditContent...) and one per securable
/// type (ViewContent_Account...), each type's permission implied by the all-types one, and each "own"
/// permission implied by its unrestricted twin.
/// </summary>
public sealed class ContentPermissions(IContentDefinitionManager definitions) : IPermissionProvider
{
    public static readonly Permission ViewContent = new("ViewContent", "View all content", [StandardPermissions.SiteOwner], "Content");
    public static readonly Permission ViewOwnContent = new("ViewOwnContent", "View own content", [ViewContent], "Content");
    public static readonly Permission EditContent = new("EditContent", "Edit all content", [StandardPermissions.SiteOwner], "Content");
    public static readonly Permission EditOwnContent = new("EditOwnContent", "Edit own content", [EditContent], "Content");
    public static readonly Permission PublishContent = new("PublishContent", "Publish and unpublish all content", [StandardPermissions.SiteOwner], "Content");
    public static readonly Permission DeleteContent = new("DeleteContent", "Delete all content", [StandardPermissions.SiteOwner], "Content");
    public static readonly Permission DeleteOwnContent = new("DeleteOwnContent", "Delete own content", [DeleteContent], "Content");

    private static readonly IReadOnlyDictionary<string, Permission> AllTypes = new Dictionary<string, Permission>
    {
        ["ViewContent"] = ViewContent,
        ["ViewOwnContent"] = ViewOwnContent,
        ["EditContent"] = EditContent,
        ["EditOwnContent"] = EditOwnContent,
        ["PublishContent"] = PublishContent,
        ["DeleteContent"] = DeleteContent,
        ["DeleteOwnContent"] = DeleteOwnContent,
    };

    /// <summary>The "own" variant of each template, or null for templates without one.</summary>
    public static string? OwnTemplateOf(string template) => template switch
    {
        "ViewContent" => "ViewOwnContent",
        "EditContent" => "EditOwnContent",
        "DeleteContent" => "DeleteOwnContent",
        _ => null,
    };

    public async Task<IEnumerable<Permission>> GetPermissionsAsync()
    {
        var permissions = new List<Permission>(AllTypes.Values);
        foreach (var type in await definitions.ListTypeDefinitionsAsync())
        {
            if (!type.TypeSettings.Securable) continue;
            foreach (var template in ContentTypePermissionNames.Templates)
                permissions.Add(ForType(template, type.Name, type.DisplayName));
        }
        return permissions;
    }

    /// <summary>The permission of a template for one type, with what implies it.</summary>
    public static Permission ForType(string template, string contentType, string? displayName = null)
    {
        var implied = new List<Permission> { AllTypes[template] };
        var unrestricted = template.Replace("Own", "", StringComparison.Ordinal);
        if (unrestricted != template) implied.Add(new Permission(ContentTypePermissionNames.For(unrestricted, contentType), "", [AllTypes[unrestricted]]));
        var words = template switch
        {
            "ViewContent" => "View all", "ViewOwnContent" => "View own", "EditContent" => "Edit all", "EditOwnContent" => "Edit own",
            "PublishContent" => "Publish all", "DeleteContent" => "Delete all", "DeleteOwnContent" => "Delete own", _ => template,
        };
        return new Permission(ContentTypePermissionNames.For(template, contentType), $"{words} {displayName ?? contentType}", implied, displayName ?? contentType);
    }

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.SalesManager, [ViewContent, EditContent, PublishContent, DeleteContent]),
        // Account managers work on their own records; modules widen that where it fits (an account's team, say).
        new(RoleNames.AccountManager, [ViewOwnContent, EditOwnContent, PublishContent, DeleteOwnContent]),
        new(RoleNames.Contributor, [ViewContent, EditOwnContent]),
        new(RoleNames.NewHire, [ViewOwnContent]),
    ];
}
