using OrchardCrm.Security;

namespace OrchardCrm.Workflows;

/// <summary>Who may see workflow types and their instances, and who may change them.</summary>
public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageWorkflows =
        new("ManageWorkflows", "Create, edit, enable, trigger and delete workflows", [StandardPermissions.SiteOwner], "Workflows");

    public static readonly Permission ViewWorkflows =
        new("ViewWorkflows", "See workflow types, their instances and journals", [ManageWorkflows, StandardPermissions.SiteOwner], "Workflows");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([ManageWorkflows, ViewWorkflows]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(RoleNames.Administrator, [ManageWorkflows, ViewWorkflows]),
        new(RoleNames.SalesManager, [ManageWorkflows, ViewWorkflows]),
        new(RoleNames.AccountManager, [ViewWorkflows]),
    ];
}
