using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace OrchardCrm.Data;

/// <summary>
/// Creates map index tables from the EF Core model, through EF's own model differ and SQL generator,
/// so the DDL is right for whichever provider is configured.
/// </summary>
public sealed class SchemaBuilder(CrmDbContext db) : ISchemaBuilder
{
    public async Task CreateMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : class
    {
        var (table, create, indexes) = Operations<TIndex>();
        if (await TableExistsAsync(table, cancellationToken)) return;
        await ExecuteAsync([create, .. indexes], cancellationToken);
    }

    public async Task AlterMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : class
    {
        var (table, create, indexes) = Operations<TIndex>();
        if (!await TableExistsAsync(table, cancellationToken))
        {
            await ExecuteAsync([create, .. indexes], cancellationToken);
            return;
        }
        var existing = await ColumnsAsync(table, cancellationToken);
        var missing = create.Columns.Where(c => !existing.Contains(c.Name)).ToList();
        foreach (var column in missing)
        {
            column.Table = table;
            // A column added to a table with rows needs a value for them.
            if (!column.IsNullable && column.DefaultValue is null && column.DefaultValueSql is null)
                column.DefaultValue = column.ClrType.IsValueType ? Activator.CreateInstance(column.ClrType) : "";
        }
        await ExecuteAsync([.. missing], cancellationToken);
    }

    public async Task DropMapIndexTableAsync<TIndex>(CancellationToken cancellationToken = default) where TIndex : class
    {
        var (table, _, _) = Operations<TIndex>();
        if (!await TableExistsAsync(table, cancellationToken)) return;
        await ExecuteAsync([new DropTableOperation { Name = table }], cancellationToken);
    }

    // A record's table is made from its EF mapping exactly as a map index's is.
    public Task CreateTableAsync<TRecord>(CancellationToken cancellationToken = default) where TRecord : ModuleRecord =>
        CreateMapIndexTableAsync<TRecord>(cancellationToken);

    public Task AlterTableAsync<TRecord>(CancellationToken cancellationToken = default) where TRecord : ModuleRecord =>
        AlterMapIndexTableAsync<TRecord>(cancellationToken);

    public Task DropTableAsync<TRecord>(CancellationToken cancellationToken = default) where TRecord : ModuleRecord =>
        DropMapIndexTableAsync<TRecord>(cancellationToken);

    private (string Table, CreateTableOperation Create, IReadOnlyList<CreateIndexOperation> Indexes) Operations<TIndex>()
    {
        var model = db.GetService<IDesignTimeModel>().Model;
        var entity = model.FindEntityType(typeof(TIndex))
            ?? throw new InvalidOperationException($"{typeof(TIndex).Name} is not a registered map index or module record; register it with services.AddIndexProvider<TProvider, {typeof(TIndex).Name}>() or services.AddModuleRecord<{typeof(TIndex).Name}>().");
        var table = entity.GetTableName()!;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel());
        var create = operations.OfType<CreateTableOperation>().Single(o => o.Name == table);
        var indexes = operations.OfType<CreateIndexOperation>().Where(o => o.Table == table).ToList();
        return (table, create, indexes);
    }

    private async Task ExecuteAsync(IReadOnlyList<MigrationOperation> operations, CancellationToken cancellationToken)
    {
        if (operations.Count == 0) return;
        var model = db.GetService<IDesignTimeModel>().Model;
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        foreach (var command in commands)
            await db.Database.ExecuteSqlRawAsync(command.CommandText, cancellationToken);
    }

    private async Task<bool> TableExistsAsync(string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}"
            : "SELECT COUNT(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {0}";
        var count = await db.Database.SqlQueryRaw<int>(sql, table).SingleAsync(cancellationToken);
        return count > 0;
    }

    private async Task<HashSet<string>> ColumnsAsync(string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsSqlite()
            ? "SELECT name AS \"Value\" FROM pragma_table_info({0})"
            : "SELECT column_name::text AS \"Value\" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = {0}";
        var names = await db.Database.SqlQueryRaw<string>(sql, table).ToListAsync(cancellationToken);
        return new HashSet<string>(names, StringComparer.Ordinal);
    }
}
