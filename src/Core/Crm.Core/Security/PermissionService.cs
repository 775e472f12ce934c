using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OrchardCrm.Data;
using OrchardCrm.Modules;

namespace OrchardCrm.Security;

/// <summary>
/// Grants come from the user's roles (role claims of type <see cref="PermissionClaims.Type"/>); the
/// Administrator role holds every permission of the enabled features. A permission whose feature is off
/// is granted to nobody.
/// </summary>
public sealed class PermissionService(IEnabled<IPermissionProvider> providers, CrmDbContext db) : IPermissionService
{
    private Dictionary<string, HashSet<string>>? _grantsByRole;

    private IReadOnlyList<Permission>? _permissions;

    public async Task<IReadOnlyList<Permission>> ListPermissionsAsync()
    {
        if (_permissions is not null) return _permissions;
        var all = new List<Permission>(KernelPermissions.All);
        foreach (var provider in providers) all.AddRange(await provider.GetPermissionsAsync());
        return _permissions = all.DistinctBy(p => p.Name).OrderBy(p => p.Category).ThenBy(p => p.Name).ToList();
    }

    public async Task<Permission?> FindAsync(string name) => (await ListPermissionsAsync()).FirstOrDefault(p => p.Name == name);

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal user, Permission permission)
    {
        if (user.Identity?.IsAuthenticated != true) return false;
        // A permission no enabled feature declares (its feature is off) is granted to nobody, administrators included.
        var declared = await FindAsync(permission.Name);
        if (declared is null) return false;

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(RoleNames.Administrator)) return true;

        var grants = await GrantsByRoleAsync();
        // The declared permission carries the broader ones that imply it (a policy only knows the name).
        var candidates = WithImplyingPermissions(declared);
        return roles.Any(role => grants.TryGetValue(role, out var granted) && candidates.Overlaps(granted));
    }

    /// <summary>The permission and every broader one that implies it, transitively.</summary>
    private static HashSet<string> WithImplyingPermissions(Permission permission)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Permission>([permission]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!names.Add(current.Name)) continue;
            foreach (var broader in current.ImpliedBy ?? []) pending.Push(broader);
        }
        return names;
    }

    /// <summary>Role grants, read once per scope (a request).</summary>
    private async Task<Dictionary<string, HashSet<string>>> GrantsByRoleAsync()
    {
        if (_grantsByRole is not null) return _grantsByRole;
        var rows = await (from claim in db.RoleClaims.AsNoTracking()
                          join role in db.Roles.AsNoTracking() on claim.RoleId equals role.Id
                          where claim.ClaimType == PermissionClaims.Type
                          select new { role.Name, claim.ClaimValue }).ToListAsync();
        _grantsByRole = rows.GroupBy(r => r.Name!)
            .ToDictionary(g => g.Key, g => g.Select(r => r.ClaimValue!).ToHashSet(StringComparer.Ordinal));
        return _grantsByRole;
    }
}
