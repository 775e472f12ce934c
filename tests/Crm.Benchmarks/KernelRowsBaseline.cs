using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// A second creation baseline, to split the gap: the very rows the content manager wrote (the item, its
/// content-item index row, its field index rows, its audit row) inserted again with prepared
/// Microsoft.Data.Sqlite commands into an empty copy of the kernel's schema (same tables, same indexes),
/// item by item, 1,000 items per transaction. It is what this row layout costs SQLite with no .NET
/// overhead: the content manager cannot be faster than this without writing fewer rows or indexes.
/// </summary>
public static class KernelRowsBaseline
{
    // Children are matched to their item by row id (DocumentId), the audit row by the item's id.
    private static readonly string[] IndexTables = ["ContentItemIndex", "TextFieldIndex", "NumericFieldIndex", "DateFieldIndex", "BooleanFieldIndex", "ReferenceFieldIndex"];

    /// <summary>Copies the rows of the store in <paramref name="sourceFile"/>; returns the time spent inserting.</summary>
    public static TimeSpan Run(string sourceFile, int batchSize)
    {
        var directory = BenchStore.NewScratchDirectory("rows");
        try
        {
            using var source = Open(sourceFile);
            using var target = Open(Path.Combine(directory, "rows.db"));
            Execute(target, "PRAGMA journal_mode = WAL;");
            Execute(target, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
            CopySchema(source, target);

            var items = Load(source, "ContentItems", "Id");
            var children = IndexTables.Select(t => (Table: t, Rows: Load(source, t, "DocumentId"))).ToList();
            var itemIdColumn = items.Columns.IndexOf("ContentItemId");
            var rowIdColumn = items.Columns.IndexOf("Id");
            var idToRow = items.Rows.ToDictionary(r => (string)r[itemIdColumn], r => (long)r[rowIdColumn]);
            var audit = Load(source, "AuditTrailEvents", null);
            var auditItemColumn = audit.Columns.IndexOf("ContentItemId");
            var auditByRow = audit.Rows.ToLookup(r => idToRow.GetValueOrDefault(r[auditItemColumn] as string ?? "", -1));
            var childrenByRow = children.Select(c => (c.Table, Columns: c.Rows.Columns, Rows: c.Rows.Rows.ToLookup(r => (long)r[c.Rows.Columns.IndexOf("DocumentId")]))).ToList();

            var clock = Stopwatch.StartNew();
            for (var start = 0; start < items.Rows.Count; start += batchSize)
            {
                using var transaction = target.BeginTransaction();
                var insertItem = Insert(target, transaction, "ContentItems", items.Columns);
                var insertChildren = childrenByRow.Select(c => Insert(target, transaction, c.Table, c.Columns)).ToList();
                var insertAudit = Insert(target, transaction, "AuditTrailEvents", audit.Columns);
                foreach (var item in items.Rows.Skip(start).Take(batchSize))
                {
                    var rowId = (long)item[rowIdColumn];
                    Run(insertItem, item);
                    for (var c = 0; c < childrenByRow.Count; c++)
                        foreach (var row in childrenByRow[c].Rows[rowId]) Run(insertChildren[c], row);
                    foreach (var row in auditByRow[rowId]) Run(insertAudit, row);
                }
                transaction.Commit();
                insertItem.Dispose();
                insertAudit.Dispose();
                insertChildren.ForEach(c => c.Dispose());
            }
            return clock.Elapsed;
        }
        finally
        {
            BenchStore.DeleteQuietly(directory);
        }
    }

    private sealed record Table(List<string> Columns, List<object[]> Rows);

    private static Table Load(SqliteConnection connection, string table, string? orderBy)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"" + (orderBy is null ? "" : $" ORDER BY \"{orderBy}\", \"Id\"");
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object[]>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return new Table(columns, rows);
    }

    /// <summary>The same tables and indexes as the kernel's migrations made, empty.</summary>
    private static void CopySchema(SqliteConnection source, SqliteConnection target)
    {
        using var command = source.CreateCommand();
        command.CommandText = "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type = 'index', rowid";
        var statements = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read()) statements.Add(reader.GetString(0));
        }
        foreach (var sql in statements) Execute(target, sql);
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, List<string> columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        for (var i = 0; i < columns.Count; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand insert, object[] values)
    {
        for (var i = 0; i < values.Length; i++) insert.Parameters[i].Value = values[i];
        insert.ExecuteNonQuery();
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
