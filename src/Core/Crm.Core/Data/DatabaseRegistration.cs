using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Hosting;

namespace OrchardCrm.Data;

/// <summary>Registers the provider-specific <see cref="CrmDbContext"/> chosen by configuration.</summary>
public static class DatabaseRegistration
{
    public static IServiceCollection AddCrmDatabase(this IServiceCollection services, CrmOptions options)
    {
        if (options.Database.IsPostgres)
        {
            var connectionString = options.Database.ConnectionString
                ?? throw new InvalidOperationException("Crm:Database:ConnectionString is required when Crm:Database:Provider is 'postgres'.");
            services.AddDbContext<CrmDbContext, PostgresCrmDbContext>(o => o.UseNpgsql(connectionString));
        }
        else if (string.Equals(options.Database.Provider, "sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(options);
            services.AddDbContext<CrmDbContext, SqliteCrmDbContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqlitePragmasInterceptor()));
        }
        else
        {
            throw new InvalidOperationException($"Crm:Database:Provider '{options.Database.Provider}' is not supported; use 'sqlite' or 'postgres'.");
        }
        return services;
    }

    public static string SqliteConnectionString(CrmOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.Database.ConnectionString)) return options.Database.ConnectionString;
        Directory.CreateDirectory(options.FullDataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(options.FullDataDirectory, "crm.db"),
            Cache = SqliteCacheMode.Default,
            Pooling = true,
        }.ToString();
    }
}

/// <summary>Foreign keys on and a busy timeout on every SQLite connection; WAL is set once, at database initialisation.</summary>
internal sealed class SqlitePragmasInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(System.Data.Common.DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
