namespace OrchardCrm.Hosting;

/// <summary>The configuration section "Crm": where data lives and which database holds it.</summary>
public sealed class CrmOptions
{
    public const string Section = "Crm";

    /// <summary>Data directory (SQLite file, search indexes, files). Relative paths are from the working directory.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Folders that hold recipes, besides those shipped in modules.</summary>
    public string RecipesDirectory { get; set; } = "recipes";

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}

public sealed class DatabaseOptions
{
    /// <summary>"sqlite" (default) or "postgres".</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>For PostgreSQL, required. For SQLite, optional: by default the file crm.db in the data directory.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);
}
