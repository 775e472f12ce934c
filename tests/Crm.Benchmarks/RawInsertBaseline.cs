using System.Diagnostics;
using Microsoft.Data.Sqlite;
using OrchardCrm.Common;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// The floor for creation: the same items' JSON written as one row each into a plain SQLite table, with
/// one prepared, parameterised command in one transaction, on a WAL database with the kernel's pragmas.
/// </summary>
public static class RawInsertBaseline
{
    /// <summary>Inserts the rows into a new database file; returns the time spent inserting (the JSON is made beforehand).</summary>
    public static TimeSpan Run(IReadOnlyList<string> contentJson, IReadOnlyList<string> displayTexts)
    {
        var ids = contentJson.Select(_ => IdGenerator.NewId()).ToList();
        var directory = BenchStore.NewScratchDirectory("raw");
        try
        {
            var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "raw.db"), Pooling = false }.ToString();
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;");
            Execute(connection, "CREATE TABLE items (id INTEGER PRIMARY KEY, content_item_id TEXT NOT NULL, type TEXT NOT NULL, display_text TEXT NOT NULL, content TEXT NOT NULL);");

            var clock = Stopwatch.StartNew();
            using (var transaction = connection.BeginTransaction())
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO items (content_item_id, type, display_text, content) VALUES ($id, $type, $text, $content);";
                var id = insert.Parameters.Add("$id", SqliteType.Text);
                var type = insert.Parameters.Add("$type", SqliteType.Text);
                var text = insert.Parameters.Add("$text", SqliteType.Text);
                var content = insert.Parameters.Add("$content", SqliteType.Text);
                insert.Prepare();
                type.Value = BenchCompany.TypeName;
                for (var i = 0; i < contentJson.Count; i++)
                {
                    id.Value = ids[i];
                    text.Value = displayTexts[i];
                    content.Value = contentJson[i];
                    insert.ExecuteNonQuery();
                }
                transaction.Commit();
            }
            var elapsed = clock.Elapsed;

            using var count = connection.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM items;";
            if (Convert.ToInt32(count.ExecuteScalar()) != contentJson.Count) throw new InvalidOperationException("The raw insert lost rows.");
            return elapsed;
        }
        finally
        {
            BenchStore.DeleteQuietly(directory);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
