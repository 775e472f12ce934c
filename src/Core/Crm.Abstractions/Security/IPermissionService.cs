using System.Security.Claims;

namespace OrchardCrm.Security;

/// <summary>The permissions of the enabled features, and whether a user holds one.</summary>
public interface IPermissionService
{
    /// <summary>Every permission that the enabled features declare (a disabled feature's permissions are absent).</summary>
    Task<IReadOnlyList<Permission>> ListPermissionsAsync();

    Task<Permission?> FindAsync(string name);

    /// <summary>Whether the user's roles grant the permission, directly or through a permission that implies it.</summary>
    Task<bool> IsGrantedAsync(ClaimsPrincipal user, Permission permission);
}

/// <summary>The claim type under which a role's permissions are stored.</summary>
public static class PermissionClaims
{
    public const string Type = "Permission";
}
