using OrchardCrm.Notifications.Services;

namespace OrchardCrm.Notifications.ViewModels;

public sealed record NotificationListViewModel(NotificationPage Page, bool UnreadOnly, int UnreadCount);
