using OrchardCrm.Security;

namespace OrchardCrm.Accounts;

/// <summary>
/// The per-type content permissions (ViewContent_Account...) come from the Contents feature. This adds
/// the right to see accounts beyond one's own and one's team's, and the account managers' defaults.
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
        // Account managers hold only "own" content rights (the Contents feature's stereotype); accounts open
        // further to their teams (AccountTeamGrant). People, interactions and tasks are shared knowledge:
        // a colleague's contact or last call is something an account manager needs to find.
        new(RoleNames.AccountManager, [.. SharedTypes.Select(ViewAllOf)]),
    ];

    private static readonly string[] SharedTypes = [Models.AccountTypes.Contact, Models.AccountTypes.Activity, Models.AccountTypes.Task];

    private static Permission ViewAllOf(string contentType) =>
        new(ContentTypePermissionNames.For(ContentTypePermissionNames.View, contentType), $"View all {contentType}");
}
