using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Security;

/// <summary>Adds the user's display name to the sign-in cookie; role claims come from Identity.</summary>
public sealed class CrmUserClaimsPrincipalFactory(UserManager<CrmUser> users, RoleManager<CrmRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CrmUser, CrmRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CrmUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim("display_name", user.DisplayName));
        return identity;
    }
}
