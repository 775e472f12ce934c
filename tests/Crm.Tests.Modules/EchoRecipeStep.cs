using OrchardCrm.Recipes;

namespace OrchardCrm.Tests.Modules;

public sealed class EchoRecipeStep(EchoLog log) : IRecipeStepHandler
{
    public string Name => "Echo";

    public Task ExecuteAsync(RecipeStepContext context)
    {
        log.Write($"recipe {context.Step["Message"]}");
        return Task.CompletedTask;
    }
}
