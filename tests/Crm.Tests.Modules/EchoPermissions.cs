using OrchardCrm.Security;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoPermissions : IPermissionProvider
{
    public static readonly Permission UseEcho = new("UseEcho", "Call the echo endpoint", Category: "Echo");

    public IEnumerable<Permission> GetPermissions() => [UseEcho];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() => [new(RoleNames.Administrator, [UseEcho])];
}
