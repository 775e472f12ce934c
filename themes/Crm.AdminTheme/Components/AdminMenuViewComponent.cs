using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Navigation;

namespace OrchardCrm.AdminTheme.Components;

/// <summary>The side navigation: the enabled modules' admin menus, trimmed to what the user may open.</summary>
public sealed class AdminMenuViewComponent(INavigationManager navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await navigation.BuildMenuAsync(HttpContext.User));
}
