using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.ContentManagement;
using OrchardCrm.Recipes;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Foundation;

/// <summary>Helpers for the foundation tests: a shell with Crm.Accounts on, and items written as a user would.</summary>
internal static class AccountsTestShell
{
    public static async Task<TestShell> StartWithAccountsAsync(TestDatabase db)
    {
        var shell = await TestShell.StartAsync(db);
        await shell.EnableAsync("Crm.Accounts");
        return shell;
    }

    /// <summary>Creates a published item of the type, filled by <paramref name="fill"/>; fails the test on validation errors.</summary>
    public static Task<ContentItem> CreateAsync(this TestShell shell, string type, Action<ContentItem> fill, string? id = null) =>
        shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var item = await contents.NewAsync(type);
            if (id is not null) item.ContentItemId = id;
            fill(item);
            var result = await contents.CreateAsync(item);
            Assert.True(result.Succeeded, result.ToString());
            return (await contents.GetAsync(item.ContentItemId))!;
        });

    public static Task<RecipeResult> RunRecipeAsync(this TestShell shell, string json) =>
        shell.ScopeAsync(sp => sp.GetRequiredService<IRecipeExecutor>().ExecuteAsync(json, "test.recipe.json"));
}
