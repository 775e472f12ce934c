namespace OrchardCrm.Recipes;

/// <summary>One readable line per recipe error: "step 2 'feature', field 'enable[0]': unknown feature 'Foo'."</summary>
public static class RecipeErrorText
{
    public static string Format(RecipeError error) => error.ToString();

    public static string Format(RecipeResult result) =>
        $"recipe '{result.RecipeName}': {string.Join(" | ", result.Errors.Select(Format))}";
}
