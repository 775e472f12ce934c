using Microsoft.AspNetCore.Mvc;
using OrchardCrm.DisplayManagement;

namespace OrchardCrm.AdminTheme.Components;

/// <summary>The messages pages left for the user (after a save, a bulk action...).</summary>
public sealed class NotificationsViewComponent(INotifier notifier) : ViewComponent
{
    public IViewComponentResult Invoke() => View(notifier.Take());
}
