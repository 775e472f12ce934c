using OrchardCrm.Security;

namespace OrchardCrm.Search.Lucene;

public sealed class SearchPermissions : IPermissionProvider
{
    public static readonly Permission Search = new("Search", "Search content (results are limited to what one may view)", [StandardPermissions.SiteOwner], "Search");
    public static readonly Permission ManageSearchIndexes = new("ManageSearchIndexes", "Create, edit, rebuild and reset search indexes", [StandardPermissions.SiteOwner], "Search");

    public const string SearchPolicy = PermissionPolicy.Prefix + "Search";
    public const string ManageSearchIndexesPolicy = PermissionPolicy.Prefix + "ManageSearchIndexes";

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([Search, ManageSearchIndexes]);

    // Every signed-in stereotype may search: the hits are trimmed to what each may view anyway.
    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [Search, ManageSearchIndexes]),
        new(RoleNames.SalesManager, [Search]),
        new(RoleNames.AccountManager, [Search]),
        new(RoleNames.Contributor, [Search]),
        new(RoleNames.NewHire, [Search]),
    ];
}
