using OrchardCrm.Security;

namespace OrchardCrm.Users;

/// <summary>Who may see users, manage them, and manage roles (and so every other permission).</summary>
public sealed class UserPermissions : IPermissionProvider
{
    // Managing roles hands out permissions, so it is as strong as owning the site: only site owners imply it.
    public static readonly Permission ManageRoles = new("ManageRoles", "Create, edit and delete roles and choose their permissions", [StandardPermissions.SiteOwner], "Security");
    public static readonly Permission ManageUsers = new("ManageUsers", "Create, edit, disable and delete users and assign their roles", [StandardPermissions.SiteOwner], "Security");
    public static readonly Permission ViewUsers = new("ViewUsers", "See the list of users", [ManageUsers], "Security");

    // Constant policy names, for [Authorize(Policy = ...)] on the controllers.
    public const string ManageRolesPolicy = PermissionPolicy.Prefix + "ManageRoles";
    public const string ManageUsersPolicy = PermissionPolicy.Prefix + "ManageUsers";
    public const string ViewUsersPolicy = PermissionPolicy.Prefix + "ViewUsers";

    public Task<IEnumerable<Permission>> GetPermissionsAsync() =>
        Task.FromResult<IEnumerable<Permission>>([ManageRoles, ManageUsers, ViewUsers]);

    // Managers look colleagues up; nobody but administrators changes accounts by default.
    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.SalesManager, [ViewUsers]),
        new(RoleNames.AccountManager, [ViewUsers]),
    ];
}
