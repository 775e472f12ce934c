using OrchardCrm.Security;

namespace OrchardCrm.Deals;

/// <summary>
/// Deal rights. "Own" variants cover the deals a user owns and the deals of accounts the user may see
/// (see <see cref="Services.IDealAuthorizer"/>); the broad ones imply them.
/// </summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManagePipelines = new("ManagePipelines", "Edit pipelines, stages and deal lists", [StandardPermissions.SiteOwner], "Sales");
    public static readonly Permission EditDeals = new("EditDeals", "Edit and move every deal", [StandardPermissions.SiteOwner], "Sales");
    public static readonly Permission EditOwnDeals = new("EditOwnDeals", "Edit and move own deals and deals of visible accounts", [EditDeals, StandardPermissions.SiteOwner], "Sales");
    public static readonly Permission ViewDeals = new("ViewDeals", "See every deal", [EditDeals, StandardPermissions.SiteOwner], "Sales");
    public static readonly Permission ViewOwnDeals = new("ViewOwnDeals", "See own deals and deals of visible accounts", [ViewDeals, EditOwnDeals, EditDeals, StandardPermissions.SiteOwner], "Sales");
    public static readonly Permission ViewForecast = new("ViewForecast", "See the forecast and win/loss reports", [StandardPermissions.SiteOwner], "Sales");

    public static readonly IReadOnlyList<Permission> All = [ManagePipelines, EditDeals, EditOwnDeals, ViewDeals, ViewOwnDeals, ViewForecast];

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>(All);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [.. All]),
        new(RoleNames.SalesManager, [ManagePipelines, EditDeals, ViewDeals, ViewForecast, EditOwnDeals, ViewOwnDeals]),
        new(RoleNames.AccountManager, [EditOwnDeals, ViewOwnDeals, ViewForecast]),
        new(RoleNames.Contributor, [ViewOwnDeals]),
        new(RoleNames.NewHire, [ViewOwnDeals]),
    ];
}
