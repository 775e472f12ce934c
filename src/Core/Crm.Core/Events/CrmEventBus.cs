using Microsoft.Extensions.Logging;
using OrchardCrm.Modules;

namespace OrchardCrm.Events;

/// <summary>Hands each event to every enabled handler in turn; a handler that throws is logged and skipped.</summary>
internal sealed class CrmEventBus(IEnabled<ICrmEventHandler> handlers, ILogger<CrmEventBus> logger) : ICrmEventBus
{
    public async Task PublishAsync(CrmEvent crmEvent, CancellationToken cancellationToken = default)
    {
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(crmEvent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Handler} failed on event {Event} ({CorrelationId}).", handler.GetType().Name, crmEvent.Name, crmEvent.CorrelationId);
            }
        }
    }
}
