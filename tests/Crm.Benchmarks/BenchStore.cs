using Microsoft.Data.Sqlite;
using OrchardCrm.Testing;

namespace OrchardCrm.Benchmarks;

/// <summary>
/// Where the benchmark keeps its SQLite databases: under the temp folder, one finished content store per
/// item count (reused by later runs of the query benchmark), plus scratch folders for runs in progress.
/// </summary>
public static class BenchStore
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "crm-bench");

    /// <summary>The data directory of the finished store of <paramref name="items"/> items.</summary>
    public static string CachedDirectory(int items) => Path.Combine(Root, $"store-v{BenchCompany.DataVersion}-{items}");

    private static string CompleteMarker(string directory) => Path.Combine(directory, "complete");

    public static bool HasCachedStore(int items) => File.Exists(CompleteMarker(CachedDirectory(items)));

    public static string NewScratchDirectory(string prefix)
    {
        var directory = Path.Combine(Root, $"{prefix}-{Guid.NewGuid():n}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Keeps a fully built store for later runs (replacing an older one); the marker is written last so a half-copied store is never used.</summary>
    public static void KeepAsCached(string directory, int items)
    {
        SqliteConnection.ClearAllPools();
        var target = CachedDirectory(items);
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.Move(directory, target);
        File.WriteAllText(CompleteMarker(target), $"{items}\n");
    }

    public static void DeleteQuietly(string path)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>
    /// The kernel's services on the SQLite store in <paramref name="dataDirectory"/>. TestDatabase makes a
    /// throw-away folder of its own; the data directory setting points the shell at ours instead.
    /// </summary>
    public static async Task<(TestDatabase Database, TestShell Shell)> StartShellAsync(string dataDirectory)
    {
        var database = await TestDatabase.CreateAsync("sqlite");
        var shell = await TestShell.StartAsync(database, settings: new Dictionary<string, string?> { ["Crm:DataDirectory"] = dataDirectory });
        return (database, shell);
    }

    /// <summary>The SQLite file of a data directory (the host's default name).</summary>
    public static string DatabaseFile(string dataDirectory) => Path.Combine(dataDirectory, "crm.db");
}
