using OrchardCrm.Http;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.Notifications.Models;
using OrchardCrm.Notifications.Services;

namespace OrchardCrm.Notifications.Api;

public sealed record NotificationDto(long Id, string Title, string? Body, string? Url, string? Source, DateTime CreatedUtc, DateTime? ReadUtc, bool IsRead)
{
    public static NotificationDto From(UserNotificationRecord r) => new(r.Id, r.Title, r.Body, r.Url, r.Source, r.CreatedUtc, r.ReadUtc, r.ReadUtc is not null);
}

public sealed record NotificationListDto(IReadOnlyList<NotificationDto> Items, int TotalCount, int UnreadCount, int Page, int PageSize);

/// <summary>
/// The signed-in user's notifications as JSON. Anonymous callers get 401 from the kernel's fallback
/// policy; a notification of another user answers 404 exactly like one that does not exist, so ids reveal nothing.
/// </summary>
public static class NotificationApi
{
    public static void MapNotificationApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/notifications", ListAsync);
        routes.MapPost("/api/notifications/read-all", MarkAllReadAsync);
        routes.MapPost("/api/notifications/{id}/read", MarkReadAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ClaimsPrincipal user, UserNotificationInbox inbox, CancellationToken cancellationToken)
    {
        var query = request.Query;
        if (!TryBool(query["unread"], out var unread)) return Field("unread", "unread must be true or false.");
        if (!TryInt(query["page"], 1, out var page) || page < 1) return Field("page", "page must be a whole number, 1 or more.");
        if (!TryInt(query["pageSize"], 20, out var pageSize) || pageSize < 1 || pageSize > UserNotificationInbox.MaxPageSize)
            return Field("pageSize", $"pageSize must be a whole number from 1 to {UserNotificationInbox.MaxPageSize}.");

        var userName = user.Identity!.Name!;
        var list = await inbox.ListAsync(userName, unread, page, pageSize, cancellationToken);
        var unreadCount = await inbox.CountUnreadAsync(userName, cancellationToken);
        return Results.Ok(new NotificationListDto([.. list.Items.Select(NotificationDto.From)], list.TotalCount, unreadCount, list.Page, list.PageSize));
    }

    private static async Task<IResult> MarkReadAsync(string id, ClaimsPrincipal user, UserNotificationInbox inbox, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return NotFound(id);
        var notification = await inbox.MarkReadAsync(user.Identity!.Name!, number, cancellationToken);
        return notification is null ? NotFound(id) : Results.Ok(NotificationDto.From(notification));
    }

    private static async Task<IResult> MarkAllReadAsync(ClaimsPrincipal user, UserNotificationInbox inbox, CancellationToken cancellationToken) =>
        Results.Ok(new { marked = await inbox.MarkAllReadAsync(user.Identity!.Name!, cancellationToken) });

    private static IResult NotFound(string id) =>
        ApiProblems.NotFound($"You have no notification '{id}'.");

    private static IResult Field(string field, string message) =>
        ApiProblems.Field(field, message);

    private static bool TryBool(string? value, out bool result)
    {
        result = false;
        return string.IsNullOrEmpty(value) || bool.TryParse(value, out result);
    }

    private static bool TryInt(string? value, int fallback, out int result)
    {
        result = fallback;
        return string.IsNullOrEmpty(value) || int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result);
    }
}
