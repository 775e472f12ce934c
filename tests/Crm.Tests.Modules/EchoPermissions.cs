using OrchardCrm.Security;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoPermissions : IPermissionProvider
{
    public static readonly Permission UseEcho = new("UseEcho", "Call the echo endpoint", Category: "Echo");

    public Task<IEnumerable<Permission>> GetPermissionsAsync() => Task.FromResult<IEnumerable<Permission>>([UseEcho]);

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [UseEcho])];
}
