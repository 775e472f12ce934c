using Microsoft.AspNetCore.Builder;

namespace OrchardCrm.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>The policy name that requires a permission, for [Authorize(Policy = ...)] on controllers.</summary>
    public static string PolicyName(Permission permission) => PermissionPolicy.Prefix + permission.Name;

    /// <summary>Requires a signed-in user holding the permission.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PolicyName(permission));
}

public static class PermissionPolicy
{
    public const string Prefix = "Permission:";
}
