using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data;
using OrchardCrm.Modules;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoMigrations(ISchemaBuilder schema, IContentDefinitionManager definitions, EchoLog log) : IDataMigration
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

    /// <summary>A module defines its content types in a migration step, as Orchard Core modules do.</summary>
    public async Task<int> UpdateFrom2Async()
    {
        await definitions.AlterPartDefinitionAsync("Note", part => part.WithField("Body", FieldKinds.Text, "Body", s => s.MaxLength = 2000));
        await definitions.AlterTypeDefinitionAsync("Note", type => type.DisplayedAs("Note").WithPart("Note"));
        log.Write("migration update 2");
        return 3;
    }
}
