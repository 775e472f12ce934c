using Microsoft.Data.Sqlite;

namespace OrchardCrm.Benchmarks;

/// <summary>One stored item as the hand-written query reads it: its row and its JSON, not parsed.</summary>
public sealed record RawItem(long Id, string ContentItemId, string ContentItemVersionId, string DisplayText, string Content);

/// <summary>
/// The baseline for the query: the same filter, order and page written by hand against the same index
/// tables with Microsoft.Data.Sqlite (count, the page's row ids, then those rows' JSON) — what a
/// developer who knows the schema would write, with prepared commands on an open connection.
/// </summary>
public sealed class HandWrittenQuery : IDisposable
{
    // The same conditions as the content query: published items of the type whose row ids are among
    // the matching rows of each field index (a field could hold several values, hence IN, not a join).
    private const string Filter = """
        FROM "ContentItemIndex" AS i
        WHERE i."Published" = 1 AND i."ContentType" = $type
          AND i."DocumentId" IN (SELECT t."DocumentId" FROM "TextFieldIndex" AS t
                                 WHERE t."PartName" = $part AND t."FieldName" = 'Industry' AND t."SubField" = '' AND t."NormalizedText" = $industry)
          AND i."DocumentId" IN (SELECT n."DocumentId" FROM "NumericFieldIndex" AS n
                                 WHERE n."PartName" = $part AND n."FieldName" = 'Employees' AND n."SubField" = '' AND n."Value" BETWEEN $min AND $max)
        """;

    // Revenue holds one amount per item, so a left join gives each item its sort key; items without one last.
    private const string PageSql = """
        SELECT i."DocumentId"
        FROM "ContentItemIndex" AS i
        LEFT JOIN "NumericFieldIndex" AS r
          ON r."DocumentId" = i."DocumentId" AND r."PartName" = $part AND r."FieldName" = 'Revenue' AND r."SubField" = ''
        WHERE i."Published" = 1 AND i."ContentType" = $type
          AND i."DocumentId" IN (SELECT t."DocumentId" FROM "TextFieldIndex" AS t
                                 WHERE t."PartName" = $part AND t."FieldName" = 'Industry' AND t."SubField" = '' AND t."NormalizedText" = $industry)
          AND i."DocumentId" IN (SELECT n."DocumentId" FROM "NumericFieldIndex" AS n
                                 WHERE n."PartName" = $part AND n."FieldName" = 'Employees' AND n."SubField" = '' AND n."Value" BETWEEN $min AND $max)
        ORDER BY r."Value" IS NULL, r."Value" DESC, i."DocumentId"
        LIMIT $take OFFSET $skip
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _count;
    private readonly SqliteCommand _page;
    private readonly SqliteCommand _load;
    private readonly SqliteParameter[] _loadIds;

    public HandWrittenQuery(string databaseFile)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Mode = SqliteOpenMode.ReadWrite }.ToString());
        _connection.Open();
        _count = Prepare("SELECT COUNT(*) " + Filter);
        _page = Prepare(PageSql);
        _page.Parameters.AddWithValue("$take", BenchQuery.PageSize);
        _page.Parameters.AddWithValue("$skip", (BenchQuery.Page - 1) * BenchQuery.PageSize);

        _loadIds = Enumerable.Range(0, BenchQuery.PageSize).Select(i => new SqliteParameter($"$id{i}", SqliteType.Integer) { Value = -1L }).ToArray();
        _load = _connection.CreateCommand();
        _load.CommandText = $"""
            SELECT "Id", "ContentItemId", "ContentItemVersionId", "DisplayText", "Content"
            FROM "ContentItems" WHERE "Id" IN ({string.Join(", ", _loadIds.Select(p => p.ParameterName))})
            """;
        _load.Parameters.AddRange(_loadIds);
        _load.Prepare();
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$type", BenchCompany.TypeName);
        command.Parameters.AddWithValue("$part", BenchCompany.TypeName);
        command.Parameters.AddWithValue("$industry", BenchQuery.Industry.ToLowerInvariant());
        command.Parameters.AddWithValue("$min", (double)BenchQuery.MinEmployees);
        command.Parameters.AddWithValue("$max", (double)BenchQuery.MaxEmployees);
        command.Prepare();
        return command;
    }

    /// <summary>The total and the page's items, in order.</summary>
    public (int Total, List<RawItem> Items) Run()
    {
        var total = Convert.ToInt32(_count.ExecuteScalar());

        var ids = new List<long>(BenchQuery.PageSize);
        using (var reader = _page.ExecuteReader())
        {
            while (reader.Read()) ids.Add(reader.GetInt64(0));
        }

        // Unused slots hold an id no row has, so one prepared statement serves every page size.
        for (var i = 0; i < _loadIds.Length; i++) _loadIds[i].Value = i < ids.Count ? ids[i] : -1L;
        var rows = new Dictionary<long, RawItem>(ids.Count);
        using (var reader = _load.ExecuteReader())
        {
            while (reader.Read())
            {
                var item = new RawItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? "" : reader.GetString(3), reader.GetString(4));
                rows[item.Id] = item;
            }
        }
        return (total, ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList());
    }

    public void Dispose()
    {
        _count.Dispose();
        _page.Dispose();
        _load.Dispose();
        _connection.Dispose();
    }
}
