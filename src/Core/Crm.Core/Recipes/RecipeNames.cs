namespace OrchardCrm.Recipes;

internal static class RecipeNames
{
    /// <summary>"recipes/crm.recipe.json" → "crm": the name of a recipe that does not state one.</summary>
    public static string FromSource(string source)
    {
        var file = Path.GetFileName(source);
        foreach (var suffix in new[] { ".recipe.json", ".json" })
            if (file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return file[..^suffix.Length];
        return file.Length > 0 ? file : source;
    }
}
