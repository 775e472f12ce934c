using Microsoft.AspNetCore.Identity;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;

namespace OrchardCrm.Users.Services;

/// <summary>
/// Keeps at least one enabled Administrator: without one, nobody could ever manage roles and users
/// again from the admin.
/// </summary>
public sealed class AdministratorGuard(UserManager<CrmUser> users)
{
    public const string LastAdministratorMessage = "This is the last enabled Administrator: make another user an Administrator first.";

    /// <summary>Whether the user is the only enabled member of the Administrator role.</summary>
    public async Task<bool> IsLastAdministratorAsync(CrmUser user)
    {
        if (!user.IsEnabled || !await users.IsInRoleAsync(user, RoleNames.Administrator)) return false;
        var administrators = await users.GetUsersInRoleAsync(RoleNames.Administrator);
        return administrators.All(a => a.Id == user.Id || !a.IsEnabled);
    }
}
