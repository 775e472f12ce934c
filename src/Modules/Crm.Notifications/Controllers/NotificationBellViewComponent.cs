using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Notifications.Services;
using OrchardCrm.Notifications.ViewModels;

namespace OrchardCrm.Notifications.Controllers;

/// <summary>The bell button with the signed-in user's unread count; its list is loaded when it opens.</summary>
public sealed class NotificationBellViewComponent(UserNotificationInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userName = HttpContext.User.Identity?.Name;
        if (string.IsNullOrEmpty(userName)) return Content("");
        var unread = await inbox.CountUnreadAsync(userName, HttpContext.RequestAborted);
        return View(new NotificationBellViewModel(unread));
    }
}
