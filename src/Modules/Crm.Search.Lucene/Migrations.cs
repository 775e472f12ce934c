using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Search.Lucene.Models;
using OrchardCrm.Search.Lucene.Services;

namespace OrchardCrm.Search.Lucene;

/// <summary>The definitions and queue tables, and the default "crm" index over the CRM's types (later modules' types included once they exist).</summary>
public sealed class Migrations(ISchemaBuilder schema, SearchIndexDefinitionStore indexes) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await schema.CreateTableAsync<SearchIndexRecord>();
        await schema.CreateTableAsync<SearchIndexingTask>();
        if (await indexes.FindAsync(SearchIndexDefinitionStore.DefaultIndex) is null)
        {
            var errors = await indexes.SaveAsync(new SearchIndexInput(SearchIndexDefinitionStore.DefaultIndex, SearchIndexDefinitionStore.DefaultTypes, Models.SearchAnalyzers.Standard, [], IndexLatest: false), mustBeNew: true);
            if (errors.Count > 0) throw new InvalidOperationException(string.Join("; ", errors.Values));
        }
        return 1;
    }
}
