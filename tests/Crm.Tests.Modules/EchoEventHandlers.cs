using System.Collections.Concurrent;
using OrchardCrm.Events;

namespace OrchardCrm.Tests.Modules;

public sealed class EventLog
{
    public ConcurrentQueue<CrmEvent> Received { get; } = new();
}

/// <summary>Throws on "Test.Ping" (and only there, so other tests' events pass).</summary>
public sealed class ThrowingEventHandler : ICrmEventHandler
{
    public const string EventName = "Test.Ping";

    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken) =>
        crmEvent.Name == EventName ? throw new InvalidOperationException("The throwing handler threw.") : Task.CompletedTask;
}

public sealed class RecordingEventHandler(EventLog log) : ICrmEventHandler
{
    public Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken)
    {
        log.Received.Enqueue(crmEvent);
        return Task.CompletedTask;
    }
}
