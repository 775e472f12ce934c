using OrchardCrm.Security;

namespace OrchardCrm.Admin;

/// <summary>
/// The admin's permissions are the kernel's (<see cref="StandardPermissions"/>); this module says who
/// gets them by default: every role may open the admin (its menu then shows what the role may use),
/// and managing features and recipes stays with administrators, who hold everything.
/// </summary>
public sealed class AdminPermissions : IPermissionProvider
{
    // Attributes need constants: the policy names of the permissions the admin's pages require.
    public const string AccessAdminPolicy = PermissionPolicy.Prefix + "AccessAdminPanel";
    public const string ManageFeaturesPolicy = PermissionPolicy.Prefix + "ManageFeatures";
    public const string ManageRecipesPolicy = PermissionPolicy.Prefix + "ManageRecipes";

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
        new[] { RoleNames.Administrator, RoleNames.SalesManager, RoleNames.AccountManager, RoleNames.Contributor, RoleNames.NewHire }
            .Select(role => new PermissionStereotype(role, [StandardPermissions.AccessAdmin]));
}
