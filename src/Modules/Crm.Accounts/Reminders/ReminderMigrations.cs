using OrchardCrm.Data;
using OrchardCrm.Modules;

namespace OrchardCrm.Accounts.Reminders;

/// <summary>The reminders' own table, apart from the Accounts migration (versions are kept per migration class).</summary>
public sealed class ReminderMigrations(ISchemaBuilder schema) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await schema.CreateTableAsync<TaskOverdueRecord>();
        return 1;
    }
}
