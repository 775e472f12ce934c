using Microsoft.Data.Sqlite;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// SQLite's planner statistics (sqlite_stat1), which the kernel never gathers. Without them SQLite
/// prefers the field indexes' (PartName, FieldName, SubField, ...) index over the DocumentId one for a
/// per-item lookup, which turns a sort by a field into a scan per matching item. The query benchmark
/// measures both states.
/// </summary>
public static class SqliteStatistics
{
    /// <summary>Back to the state the kernel leaves a database in: no statistics.</summary>
    public static void Forget(string databaseFile) =>
        Execute(databaseFile, "DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4;");

    /// <summary>Gathers statistics, as <c>ANALYZE</c> (or <c>PRAGMA optimize</c> after a bulk load) would.</summary>
    public static void Gather(string databaseFile) => Execute(databaseFile, "ANALYZE;");

    private static void Execute(string databaseFile, string sql)
    {
        // Pooled connections keep the schema (and so the statistics) they loaded: start afresh.
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
