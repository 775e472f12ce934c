using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.ContentManagement.Queries;
using OrchardCrm.Data;
using OrchardCrm.Testing;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// For <c>--explain</c>: the SQL commands one creation and one content query send (as EF Core logs
/// them), and SQLite's plan for each query, to see where the time goes.
/// </summary>
public static class QueryExplainer
{
    public static async Task PrintCreationAsync()
    {
        var log = new CommandLog();
        var directory = BenchStore.NewScratchDirectory("explain");
        var database = await TestDatabase.CreateAsync("sqlite");
        var shell = await TestShell.StartAsync(database, log.Register, new Dictionary<string, string?> { ["Crm:DataDirectory"] = directory });
        try
        {
            await shell.ScopeAsync(sp => BenchCompany.DefineAsync(sp.GetRequiredService<IContentDefinitionManager>()));
            var companies = BenchCompany.Generate(3);
            await shell.ScopeAsync(async sp =>
            {
                var content = sp.GetRequiredService<IContentManager>();
                await using var transaction = await sp.GetRequiredService<CrmDbContext>().Database.BeginTransactionAsync();
                foreach (var company in companies)
                {
                    log.Clear();
                    var item = await content.NewAsync(BenchCompany.TypeName);
                    BenchCompany.Fill(item, company);
                    await content.CreateAsync(item, publish: true);
                }
                await transaction.CommitAsync();
            });
            // The last creation, inside a transaction the import opened: what each item costs in round trips.
            var commands = log.Commands;
            Console.WriteLine($"// One item (NewAsync + CreateAsync) inside an open transaction sent {commands.Count} commands:");
            foreach (var group in commands.Select(FirstLine).GroupBy(c => c))
                Console.WriteLine($"//   {group.Count()} x {group.Key}");
            Console.WriteLine();
        }
        finally
        {
            await shell.DisposeAsync();
            await database.DisposeAsync();
            BenchStore.DeleteQuietly(directory);
        }
    }

    private static string FirstLine(string sql)
    {
        var flat = string.Join(' ', sql.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 110 ? flat : flat[..110] + "...";
    }

    public static async Task PrintQueryAsync(string dataDirectory)
    {
        var log = new CommandLog();
        var database = await TestDatabase.CreateAsync("sqlite");
        var shell = await TestShell.StartAsync(database, log.Register, new Dictionary<string, string?> { ["Crm:DataDirectory"] = dataDirectory });
        try
        {
            log.Clear();
            // Same shape, no matches: the commands and plans, without the wait.
            await shell.ScopeAsync(sp => BenchQuery.Apply(sp.GetRequiredService<IContentQueryFactory>(), "No such industry").ListAsync(BenchQuery.Page, BenchQuery.PageSize));
        }
        finally
        {
            await shell.DisposeAsync();
            await database.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = BenchStore.DatabaseFile(dataDirectory), Pooling = false }.ToString());
        connection.Open();
        var commands = log.Commands;
        Console.WriteLine($"// One content query sent {commands.Count} commands:");
        foreach (var sql in commands)
        {
            Console.WriteLine(sql);
            if (!sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) continue;
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            // Unbound parameters are NULL: enough for the plan, which does not depend on their values here.
            using var reader = explain.ExecuteReader();
            Console.WriteLine("  plan:");
            while (reader.Read()) Console.WriteLine($"    {reader.GetString(3)}");
            Console.WriteLine();
        }
    }
}
