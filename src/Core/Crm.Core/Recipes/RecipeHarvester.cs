using Microsoft.Extensions.Logging;

namespace OrchardCrm.Recipes;

/// <summary>Lists the recipes of the recipes folder and of the modules (see <see cref="RecipeLocations"/>), and finds one by name or path.</summary>
public sealed class RecipeHarvester(RecipeLocations locations, ILogger<RecipeHarvester> logger) : IRecipeHarvester
{
    public async Task<IReadOnlyList<RecipeDescriptor>> HarvestAsync(CancellationToken cancellationToken = default)
    {
        var recipes = new List<RecipeDescriptor>();
        foreach (var file in locations.Files)
        {
            var descriptor = await ReadAsync(file, cancellationToken);
            if (descriptor is not null) recipes.Add(descriptor);
        }
        return recipes;
    }

    /// <summary>
    /// A recipe file by path (absolute; relative to the working directory or one of its parents, since
    /// <c>dotnet run --project src/Crm.Web</c> runs in the project's folder; or relative to the recipes
    /// folder) or by recipe name ("crm", as in its "name" or its file name without ".recipe.json").
    /// Null when none.
    /// </summary>
    public async Task<string?> FindAsync(string nameOrPath, CancellationToken cancellationToken = default)
    {
        if (File.Exists(nameOrPath)) return Path.GetFullPath(nameOrPath);
        if (!Path.IsPathRooted(nameOrPath))
        {
            for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()).Parent; dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, nameOrPath))) return Path.Combine(dir.FullName, nameOrPath);
        }
        if (locations.RecipesDirectory is { } root)
        {
            foreach (var candidate in new[] { Path.Combine(root, nameOrPath), Path.Combine(root, nameOrPath + RecipeLocations.FileSuffix) })
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        var recipes = await HarvestAsync(cancellationToken);
        var match = recipes.FirstOrDefault(r => string.Equals(r.Name, nameOrPath, StringComparison.OrdinalIgnoreCase))
            ?? recipes.FirstOrDefault(r => string.Equals(RecipeNames.FromSource(r.Source), nameOrPath, StringComparison.OrdinalIgnoreCase));
        return match?.Source;
    }

    /// <summary>The header of a recipe file; a file that is not a recipe is skipped with a warning (running it reports why).</summary>
    private async Task<RecipeDescriptor?> ReadAsync(string file, CancellationToken cancellationToken)
    {
        var (recipe, errors) = ParsedRecipe.Parse(await File.ReadAllTextAsync(file, cancellationToken), RecipeNames.FromSource(file));
        if (recipe is null)
        {
            logger.LogWarning("Skipping recipe file {File}: {Errors}", file, string.Join("; ", errors));
            return null;
        }
        return new RecipeDescriptor(recipe.Name, recipe.DisplayName.Length > 0 ? recipe.DisplayName : recipe.Name, recipe.Description,
            recipe.Version, recipe.IsSetupRecipe, recipe.Categories, recipe.Tags, file);
    }
}
