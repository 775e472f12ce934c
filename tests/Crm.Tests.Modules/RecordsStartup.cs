using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrchardCrm.Modules;

namespace OrchardCrm.Tests.Modules;

[Feature("Crm.Test.Records")]
public sealed class RecordsStartup : StartupBase
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddModuleRecord<EchoRecord>();
        services.AddDataMigration<EchoRecordMigrations>();

        services.TryAddSingleton<WriteHandlerSwitch>();
        services.AddContentWriteHandler<RecordWritingHandler>();
        services.AddContentWriteHandler<FailingWriteHandler>();

        services.TryAddSingleton<EventLog>();
        // The throwing handler first: the recording one after it shows delivery went on.
        services.AddCrmEventHandler<ThrowingEventHandler>();
        services.AddCrmEventHandler<RecordingEventHandler>();
    }
}
