using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Workflows.Models;

namespace OrchardCrm.Workflows;

/// <summary>The tables of workflow types (versions), instances, journals, bookmarks and schedules.</summary>
public sealed class Migrations(ISchemaBuilder schema) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await schema.CreateTableAsync<WorkflowTypeRecord>();
        await schema.CreateTableAsync<WorkflowInstanceRecord>();
        await schema.CreateTableAsync<WorkflowJournalRecord>();
        await schema.CreateTableAsync<WorkflowBookmarkRecord>();
        await schema.CreateTableAsync<WorkflowScheduleRecord>();
        return 1;
    }
}
