using OrchardCrm.Security;

namespace OrchardCrm.ContentTypes;

/// <summary>Changing a type changes what every user sees and stores, so only administrators get it by default.</summary>
public sealed class ContentTypesPermissions : IPermissionProvider
{
    public static readonly Permission EditContentTypes =
        new("EditContentTypes", "Edit content types: their settings, parts and fields", [StandardPermissions.SiteOwner], "Content types");

    /// <summary>The policy for [Authorize]: attributes need a constant.</summary>
    public const string EditContentTypesPolicy = PermissionPolicy.Prefix + "EditContentTypes";

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([EditContentTypes]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [EditContentTypes])];
}
