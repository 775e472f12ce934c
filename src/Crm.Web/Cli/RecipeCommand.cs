using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Recipes;

namespace OrchardCrm.Web.Cli;

/// <summary><c>recipe run FILE</c> (a path, or a recipe's name) and <c>recipe list</c>.</summary>
public static class RecipeCommand
{
    public static async Task<int> RunAsync(string verb, CliArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        switch (verb)
        {
            case "run":
                var rest = arguments.TakeRest();
                if (rest.Count != 1) throw CliException.Usage("give one recipe file (or recipe name): recipe run FILE.");
                await using (var host = await CommandHost.StartAsync(arguments, cancellationToken))
                {
                    var result = await host.ScopeAsync(async sp =>
                    {
                        var file = await sp.GetRequiredService<RecipeHarvester>().FindAsync(rest[0], cancellationToken)
                            ?? throw new CliException($"recipe '{rest[0]}' was not found.");
                        return await sp.GetRequiredService<IRecipeExecutor>().ExecuteFileAsync(file, cancellationToken: cancellationToken);
                    });
                    if (!result.Succeeded) throw new CliException(RecipeErrorText.Format(result));
                    await output.WriteLineAsync($"Recipe '{result.RecipeName}' applied ({result.StepsExecuted} steps).");
                }
                return 0;
            case "list":
                arguments.TakeRest();
                await using (var host = await CommandHost.StartAsync(arguments, cancellationToken))
                {
                    foreach (var recipe in await host.Services.GetRequiredService<IRecipeHarvester>().HarvestAsync(cancellationToken))
                        await output.WriteLineAsync($"{recipe.Name}\t{(recipe.IsSetupRecipe ? "setup" : "")}\t{recipe.Description}\t{recipe.Source}");
                }
                return 0;
            default:
                throw CliException.Usage($"unknown recipe command '{verb}'; use 'recipe run FILE' or 'recipe list'.");
        }
    }
}
