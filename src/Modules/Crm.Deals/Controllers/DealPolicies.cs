using OrchardCrm.Security;

namespace OrchardCrm.Deals.Controllers;

/// <summary>
/// Authorization policy names for the deal pages' [Authorize] attributes (attribute arguments must be
/// constants); each names one of <see cref="Permissions"/>, whose broader permissions imply it.
/// </summary>
public static class DealPolicies
{
    public const string ViewDeals = PermissionPolicy.Prefix + "ViewOwnDeals";
    public const string ViewForecast = PermissionPolicy.Prefix + "ViewForecast";
    public const string ManagePipelines = PermissionPolicy.Prefix + "ManagePipelines";
}
