namespace OrchardCrm.Security;

/// <summary>The kernel's own permissions, always present.</summary>
internal static class KernelPermissions
{
    public static readonly IReadOnlyList<Permission> All =
    [
        StandardPermissions.SiteOwner,
        StandardPermissions.ManageFeatures,
        StandardPermissions.ManageRecipes,
        StandardPermissions.ManageSettings,
        StandardPermissions.AccessAdmin,
    ];
}
