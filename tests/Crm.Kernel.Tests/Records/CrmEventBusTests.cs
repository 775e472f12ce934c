using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Events;
using OrchardCrm.Testing;
using OrchardCrm.Tests.Modules;

namespace OrchardCrm.Kernel.Tests.Records;

/// <summary>A broken event handler neither stops the others nor reaches the code that raised the event.</summary>
public sealed class CrmEventBusTests
{
    [Theory, Databases]
    public async Task A_throwing_handler_does_not_stop_the_others_nor_reach_the_publisher(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await RecordStoreTests.StartAsync(database);
        var log = shell.Services.GetRequiredService<EventLog>();

        await shell.ScopeAsync(sp => sp.GetRequiredService<ICrmEventBus>().PublishAsync(
            new CrmEvent(ThrowingEventHandler.EventName, new Dictionary<string, object?> { ["Value"] = 42 }, CorrelationId: "item1")));

        var received = Assert.Single(log.Received);
        Assert.Equal(ThrowingEventHandler.EventName, received.Name);
        Assert.Equal(42, received.Input["Value"]);
        Assert.Equal("item1", received.CorrelationId);
    }

    [Theory, Databases]
    public async Task A_disabled_features_handlers_receive_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var shell = await RecordStoreTests.StartAsync(database);
        await shell.DisableAsync("Crm.Test.Records");

        await shell.ScopeAsync(sp => sp.GetRequiredService<ICrmEventBus>().PublishAsync(new CrmEvent("Test.Other", new Dictionary<string, object?>())));

        Assert.Empty(shell.Services.GetRequiredService<EventLog>().Received);
    }
}
