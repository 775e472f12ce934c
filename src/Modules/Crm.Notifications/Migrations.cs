using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Notifications.Models;

namespace OrchardCrm.Notifications;

/// <summary>Creates the notifications table with its indexes (the unique one makes de-duplication hold under concurrency).</summary>
public sealed class Migrations(ISchemaBuilder schema) : IDataMigration
{
    public async Task<int> CreateAsync()
    {
        await schema.CreateTableAsync<UserNotificationRecord>();
        return 1;
    }
}
