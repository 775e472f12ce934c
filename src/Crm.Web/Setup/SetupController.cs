using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Data.Entities;
using OrchardCrm.Recipes;
using OrchardCrm.Settings;
using OrchardCrm.Setup;

namespace OrchardCrm.Web.Setup;

/// <summary>
/// The setup page: the same setup as `setup` on the command line, from a browser. It belongs to the host
/// (no feature gates it), since no feature is enabled before setup; once the site is set up it is gone (404).
/// </summary>
[AllowAnonymous]
[Route("setup")]
public sealed class SetupController(
    SiteService site,
    IRecipeHarvester harvester,
    ISetupService setup,
    SignInManager<CrmUser> signIn,
    SetupState state) : Controller
{
    public const string AfterSetup = "/admin";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await IsSetUpAsync(cancellationToken)) return NotFound();
        var recipes = await SetupRecipesAsync(cancellationToken);
        var preselected = recipes.FirstOrDefault(r => r.Name == SetupRequest.DefaultRecipe) ?? recipes.FirstOrDefault();
        return View(new SetupViewModel { Recipes = recipes, Recipe = preselected?.Name });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SetupViewModel model, CancellationToken cancellationToken)
    {
        if (await IsSetUpAsync(cancellationToken)) return NotFound();
        model.Recipes = await SetupRecipesAsync(cancellationToken);
        var recipe = model.Recipes.FirstOrDefault(r => r.Name == model.Recipe);
        if (model.Recipe is not null && recipe is null)
            ModelState.AddModelError(nameof(model.Recipe), $"There is no setup recipe named '{model.Recipe}'.");
        if (!ModelState.IsValid) return View(model);

        var result = await setup.SetupAsync(new SetupRequest
        {
            SiteName = model.SiteName!.Trim(),
            AdminUserName = model.AdminUserName!.Trim(),
            AdminEmail = model.AdminEmail!.Trim(),
            AdminPassword = model.AdminPassword,
            // The file itself: two recipes may share a name (one in recipes/, one in a module).
            Recipe = recipe!.Source,
        }, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var (field, message) = SetupErrors.Locate(error);
                ModelState.AddModelError(field, message);
            }
            return View(model);
        }

        state.MarkSetUp();
        var admin = await signIn.UserManager.FindByNameAsync(result.AdminUserName!);
        if (admin is not null) await signIn.SignInAsync(admin, isPersistent: false);
        return LocalRedirect(AfterSetup);
    }

    private async Task<bool> IsSetUpAsync(CancellationToken cancellationToken) =>
        state.IsSetUp || await site.IsSetUpAsync(cancellationToken);

    private async Task<IReadOnlyList<RecipeDescriptor>> SetupRecipesAsync(CancellationToken cancellationToken) =>
        (await harvester.HarvestAsync(cancellationToken)).Where(r => r.IsSetupRecipe).OrderBy(r => r.DisplayName, StringComparer.CurrentCulture).ToList();
}
