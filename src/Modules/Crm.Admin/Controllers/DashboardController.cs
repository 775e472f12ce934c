using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Modules;
using OrchardCrm.Security;

namespace OrchardCrm.Admin.Controllers;

/// <summary>The admin home: a card per widget of the enabled features that the user may see.</summary>
[Route("admin")]
[Authorize(Policy = AdminPermissions.AccessAdminPolicy)]
public sealed class DashboardController(IEnabled<IDashboardWidget> widgets, IPermissionService permissions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var visible = new List<IDashboardWidget>();
        foreach (var widget in widgets.OrderBy(w => w.Position).ThenBy(w => w.Title, StringComparer.CurrentCulture))
        {
            if (widget.Permission is null || await permissions.IsGrantedAsync(User, widget.Permission)) visible.Add(widget);
        }
        return View(visible);
    }
}
