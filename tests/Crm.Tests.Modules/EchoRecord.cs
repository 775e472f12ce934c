using OrchardCrm.Data;

namespace OrchardCrm.Tests.Modules;

/// <summary>A module record with a unique key and a status a node can claim.</summary>
[RecordIndex(nameof(Key), Unique = true)]
[RecordIndex(nameof(Status))]
public sealed class EchoRecord : ModuleRecord
{
    public string Key { get; set; } = "";
    public string Status { get; set; } = "Pending";
    public int Value { get; set; }
}

public sealed class EchoRecordMigrations(ISchemaBuilder schema) : OrchardCrm.Modules.IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await schema.CreateTableAsync<EchoRecord>();
        return 1;
    }
}
