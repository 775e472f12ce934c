using OrchardCrm.Navigation;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoAdminMenu : INavigationProvider
{
    public void BuildNavigation(NavigationBuilder builder) =>
        builder.Add("Echo", "/test/echo", EchoPermissions.UseEcho, position: 90);
}
