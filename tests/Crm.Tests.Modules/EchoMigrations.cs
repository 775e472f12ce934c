using OrchardCrm.Data;
using OrchardCrm.Modules;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoMigrations(ISchemaBuilder schema, EchoLog log) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await schema.CreateMapIndexTableAsync<EchoIndex>();
        log.Write("migration create");
        return 1;
    }

    public int UpdateFrom1()
    {
        log.Write("migration update 1");
        return 2;
    }
}
