using OrchardCrm.Security;

namespace OrchardCrm.Accounts;

/// <summary>
/// The per-type content permissions (ViewContent_Account...) come from the Contents feature. This adds
/// the right to see accounts beyond one's own and one's team's (the filter that applies it is the next step).
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ViewAllAccounts =
        new("ViewAllAccounts", "See every account, not only one's own and one's team's", [StandardPermissions.SiteOwner], "Sales");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ViewAllAccounts]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ViewAllAccounts]),
        new(RoleNames.SalesManager, [ViewAllAccounts]),
    ];
}
