using Microsoft.AspNetCore.Authorization;

namespace OrchardCrm.Security;

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>The one place where a permission is checked, for endpoints, controllers and imperative checks alike.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionService permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.IsGrantedAsync(context.User, requirement.Permission))
            context.Succeed(requirement);
    }
}
