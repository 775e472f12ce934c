using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Admin.ViewModels;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Recipes;

namespace OrchardCrm.Admin.Controllers;

/// <summary>The recipes of the recipes folder and of the modules; running one after a confirmation, and its result.</summary>
[Route("admin/recipes")]
[Authorize(Policy = AdminPermissions.ManageRecipesPolicy)]
public sealed class RecipesController(IRecipeHarvester harvester, IRecipeExecutor executor) : Controller
{
    private const string ResultKey = "crm:recipe-result";

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var recipes = (await harvester.HarvestAsync(HttpContext.RequestAborted))
            .OrderBy(r => r.IsSetupRecipe)
            .ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        ViewData["Title"] = "Recipes";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Recipes") };
        return View(recipes);
    }

    [HttpGet("{name}/run")]
    public async Task<IActionResult> Confirm(string name)
    {
        var recipe = await FindAsync(name);
        if (recipe is null) return NotFound();
        SetPage(recipe, $"Run {recipe.DisplayName}");
        return View(recipe);
    }

    [HttpPost("{name}/run")]
    public async Task<IActionResult> Run(string name)
    {
        var recipe = await FindAsync(name);
        if (recipe is null) return NotFound();
        var result = await executor.ExecuteFileAsync(recipe.Source, cancellationToken: HttpContext.RequestAborted);
        var model = new RecipeResultViewModel(recipe.Name, recipe.DisplayName, result.Succeeded, result.StepsExecuted,
            result.Errors.Select(e => e.ToString()).ToList());
        TempData[ResultKey] = JsonSerializer.Serialize(model);
        return Redirect($"/admin/recipes/{Uri.EscapeDataString(recipe.Name)}/result");
    }

    /// <summary>The result of the run just made; without one (a reload later), back to the list.</summary>
    [HttpGet("{name}/result")]
    public async Task<IActionResult> Result(string name)
    {
        if (TempData[ResultKey] is not string json || JsonSerializer.Deserialize<RecipeResultViewModel>(json) is not { } model || model.Name != name)
            return Redirect("/admin/recipes");
        var recipe = await FindAsync(name);
        SetPage(recipe, $"{model.DisplayName}: result");
        return View(model);
    }

    private async Task<RecipeDescriptor?> FindAsync(string name) =>
        (await harvester.HarvestAsync(HttpContext.RequestAborted)).FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    private void SetPage(RecipeDescriptor? recipe, string title)
    {
        ViewData["Title"] = title;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Configuration"), new("Recipes", "/admin/recipes"), new(title) };
    }
}
