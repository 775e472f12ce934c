using System.Collections.Concurrent;
using OrchardCrm.Notifications;

namespace OrchardCrm.Workflows.Tests.Support;

/// <summary>Stands in for the Notifications module: keeps what it was asked to send.</summary>
public sealed class RecordingNotifier : IUserNotifier
{
    public ConcurrentQueue<UserNotification> Sent { get; } = new();

    public Task<bool> NotifyAsync(UserNotification notification, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(notification);
        return Task.FromResult(true);
    }
}
