using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace OrchardCrm.Security;

/// <summary>
/// Makes a policy for every "Permission:NAME". The permission is looked up by name at check time through
/// the requirement, so a permission of a disabled feature simply is not granted.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
            return await base.GetPolicyAsync(policyName);
        var name = policyName[PermissionPolicy.Prefix.Length..];
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(new Permission(name, name)))
            .Build();
    }
}
