using Microsoft.Data.Sqlite;
using Npgsql;

namespace OrchardCrm.Testing;

/// <summary>
/// A fresh, empty database and data directory for one test: a SQLite file in a temporary folder, or a
/// new PostgreSQL database (dropped on dispose). <see cref="Settings"/> are the configuration keys that
/// point a host or command at it.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CRM_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    private TestDatabase(string provider, string dataDirectory, string? connectionString, string? postgresDatabase)
    {
        Provider = provider;
        DataDirectory = dataDirectory;
        ConnectionString = connectionString;
        _postgresDatabase = postgresDatabase;
    }

    private readonly string? _postgresDatabase;

    public string Provider { get; }
    public string DataDirectory { get; }

    /// <summary>Null for SQLite (the host's default file in the data directory).</summary>
    public string? ConnectionString { get; }

    public bool IsPostgres => Provider == "postgres";

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Crm:DataDirectory"] = DataDirectory,
        ["Crm:Database:Provider"] = Provider,
        ["Crm:Database:ConnectionString"] = ConnectionString,
    };

    /// <summary>The same as command-line arguments.</summary>
    public IReadOnlyList<string> CommandLineArguments =>
        ConnectionString is null
            ? ["--data-dir", DataDirectory, "--database", Provider]
            : ["--data-dir", DataDirectory, "--database", Provider, "--connection", ConnectionString];

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "crm-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(dataDirectory);
        if (provider == "sqlite") return new TestDatabase(provider, dataDirectory, null, null);
        if (provider != "postgres") throw new ArgumentException($"Unknown provider {provider}");

        var server = PostgresConnectionString ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "crm_test_" + Guid.NewGuid().ToString("n")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, dataDirectory, builder.ConnectionString, name);
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await DropPostgresDatabaseAsync(_postgresDatabase);
        }
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// Drops the test database. A server process of another role (autovacuum) may hold it for a moment,
    /// which FORCE may not terminate for an unprivileged user: retry, and leave it behind rather than
    /// fail a test whose assertions all passed.
    /// </summary>
    private static async Task DropPostgresDatabaseAsync(string name)
    {
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(PostgresConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(200 * attempt);
            }
            catch (PostgresException)
            {
                return;
            }
        }
    }
}
