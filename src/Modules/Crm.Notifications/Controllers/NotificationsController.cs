using Microsoft.AspNetCore.Mvc;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Notifications.Services;
using OrchardCrm.Notifications.ViewModels;

namespace OrchardCrm.Notifications.Controllers;

/// <summary>
/// The signed-in user's notifications: the full list (all or unread, paged), marking read, and the bell's
/// dropdown. Every action works on the user's own notifications only; another user's id is "not found".
/// </summary>
[Route("admin/notifications")]
public sealed class NotificationsController(UserNotificationInbox inbox, INotifier notifier) : Controller
{
    public const int PageSize = 20;
    public const int BellSize = 10;

    private string UserName => User.Identity!.Name!;

    [HttpGet("")]
    public async Task<IActionResult> Index(bool unread = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var list = await inbox.ListAsync(UserName, unread, page, PageSize, cancellationToken);
        var unreadCount = await inbox.CountUnreadAsync(UserName, cancellationToken);
        return View(new NotificationListViewModel(list, unread, unreadCount));
    }

    /// <summary>The bell's dropdown body (htmx): the latest notifications.</summary>
    [HttpGet("bell")]
    public async Task<IActionResult> Bell(CancellationToken cancellationToken)
    {
        var latest = await inbox.ListAsync(UserName, unreadOnly: false, page: 1, BellSize, cancellationToken);
        return PartialView("_BellList", latest.Items);
    }

    /// <summary>
    /// Follows a notification: marks it read and goes where it leads. A GET, so it works as a plain link
    /// (middle-click, keyboard); marking one's own notification read is harmless to repeat.
    /// </summary>
    [HttpGet("{id:long}/open")]
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken)
    {
        var notification = await inbox.MarkReadAsync(UserName, id, cancellationToken);
        if (notification is null) return NotFound();
        return notification.Url is { } url && LocalUrl.IsLocal(url) ? LocalRedirect(url) : RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:long}/read")]
    public async Task<IActionResult> MarkRead(long id, bool unread = false, int page = 1, CancellationToken cancellationToken = default)
    {
        var notification = await inbox.MarkReadAsync(UserName, id, cancellationToken);
        if (notification is null) return NotFound();
        notifier.Success($"Marked \"{notification.Title}\" read.");
        return RedirectToAction(nameof(Index), new { unread = unread ? "true" : null, page = page > 1 ? page : (int?)null });
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> MarkAllRead(CancellationToken cancellationToken)
    {
        var count = await inbox.MarkAllReadAsync(UserName, cancellationToken);
        notifier.Success(count switch
        {
            0 => "There was nothing unread.",
            1 => "Marked 1 notification read.",
            _ => $"Marked {count} notifications read.",
        });
        return RedirectToAction(nameof(Index));
    }
}
