using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Testing;

namespace OrchardCrm.Recipes.Tests;

public sealed class HarvesterTests
{
    [Fact]
    public async Task The_shipped_recipes_are_found_with_their_headers()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var shell = await TestShell.StartAsync(db);

        var recipes = await shell.Services.GetRequiredService<IRecipeHarvester>().HarvestAsync();

        var crm = Assert.Single(recipes, r => r.Name == "crm");
        Assert.True(crm.IsSetupRecipe);
        Assert.EndsWith(Path.Combine("recipes", "crm.recipe.json"), crm.Source);
        Assert.False(Assert.Single(recipes, r => r.Name == "sample-data").IsSetupRecipe);
    }

    [Fact]
    public async Task A_configured_absolute_recipes_folder_is_used()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        var folder = Path.Combine(db.DataDirectory, "my-recipes");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "custom.recipe.json"), """{ "name": "custom", "displayName": "Custom", "issetuprecipe": true, "steps": [] }""");
        await using var shell = await TestShell.StartAsync(db, settings: new Dictionary<string, string?> { ["Crm:RecipesDirectory"] = folder });

        var recipes = await shell.Services.GetRequiredService<IRecipeHarvester>().HarvestAsync();

        var custom = Assert.Single(recipes);
        Assert.Equal(("custom", "Custom", true), (custom.Name, custom.DisplayName, custom.IsSetupRecipe));
    }
}
