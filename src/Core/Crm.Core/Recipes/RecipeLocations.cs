using OrchardCrm.Hosting;
using OrchardCrm.Modules;

namespace OrchardCrm.Recipes;

/// <summary>
/// Where recipes live:
/// <list type="bullet">
/// <item>the recipes folder, <see cref="CrmOptions.RecipesDirectory"/> ("recipes"): an absolute path is
/// taken as is; a relative one is looked for in the working directory and then in each parent of the
/// working directory and of the application's directory, so <c>dotnet run --project src/Crm.Web</c>
/// and the test runners find the repository's <c>recipes/</c>;</item>
/// <item>modules' recipes: a module ships <c>Recipes/*.recipe.json</c> copied to the output as
/// <c>Recipes/&lt;ModuleId&gt;/</c> beside the application
/// (<c>&lt;Content Include="Recipes\*.recipe.json" Link="Recipes\$(AssemblyName)\%(Filename)%(Extension)" CopyToOutputDirectory="PreserveNewest" /&gt;</c>).</item>
/// </list>
/// </summary>
public sealed class RecipeLocations(CrmOptions options, ModuleCatalog catalog)
{
    public const string FileSuffix = ".recipe.json";

    /// <summary>The recipes folder, or null when none is found.</summary>
    public string? RecipesDirectory => FindRecipesDirectory(options.RecipesDirectory);

    public IEnumerable<string> ModuleDirectories =>
        catalog.Modules
            .Select(m => Path.Combine(AppContext.BaseDirectory, "Recipes", m.Id))
            .Where(Directory.Exists);

    /// <summary>Every recipe file: the recipes folder's first, then the modules'.</summary>
    public IEnumerable<string> Files
    {
        get
        {
            var folders = new List<string>();
            if (RecipesDirectory is { } root) folders.Add(root);
            folders.AddRange(ModuleDirectories);
            return folders.SelectMany(f => Directory.EnumerateFiles(f, "*" + FileSuffix).Order(StringComparer.Ordinal));
        }
    }

    public static string? FindRecipesDirectory(string configured)
    {
        if (Path.IsPathRooted(configured)) return Directory.Exists(configured) ? configured : null;
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*" + FileSuffix).Any()) return candidate;
            }
        }
        return null;
    }
}
