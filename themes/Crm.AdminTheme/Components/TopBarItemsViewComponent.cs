using Microsoft.AspNetCore.Mvc;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;
using OrchardCrm.Security;

namespace OrchardCrm.AdminTheme.Components;

/// <summary>The enabled modules' top-bar items (ITopBarItem) the user may see, in position order.</summary>
public sealed class TopBarItemsViewComponent(IEnabled<ITopBarItem> items, IPermissionService permissions) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<ITopBarItem>();
        foreach (var item in items.OrderBy(i => i.Position))
            if (item.Permission is null || await permissions.IsGrantedAsync(HttpContext.User, item.Permission))
                visible.Add(item);
        return View(visible);
    }
}
