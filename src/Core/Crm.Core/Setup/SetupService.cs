using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OrchardCrm.Common;
using OrchardCrm.Data;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;
using OrchardCrm.Recipes;
using OrchardCrm.Security;
using OrchardCrm.Settings;

namespace OrchardCrm.Setup;

/// <summary>
/// Setup, all or nothing: the request is checked first (the site is not set up yet, the admin's name,
/// e-mail and password pass Identity's validators, the recipes exist); then, in one transaction, the
/// always-on features are enabled, the setup recipe and any extra recipes run, the default roles are
/// made (Administrator, and those the enabled features' permission stereotypes name), the administrator
/// is created, and the site records its name, its super user (the admin's user id) and when setup completed.
/// </summary>
public sealed class SetupService(
    CrmDbContext db,
    SiteService site,
    RecipeHarvester harvester,
    IRecipeExecutor executor,
    IFeatureManager features,
    IEnabled<IPermissionProvider> permissionProviders,
    UserManager<CrmUser> users,
    RoleManager<CrmRole> roles,
    IShellFeatures shell,
    IClock clock,
    ILogger<SetupService> logger) : ISetupService
{
    public async Task<SetupResult> SetupAsync(SetupRequest request, CancellationToken cancellationToken = default)
    {
        var settings = await site.GetSiteSettingsAsync(cancellationToken);
        if (settings.SetupCompletedUtc is { } completed)
            return SetupResult.Fail($"The site is already set up (since {completed:yyyy-MM-dd HH:mm} UTC); setup runs once per database.");

        var generated = request.AdminPassword is null ? PasswordGenerator.Generate() : null;
        var password = request.AdminPassword ?? generated!;
        var admin = new CrmUser
        {
            UserName = request.AdminUserName?.Trim(),
            Email = request.AdminEmail?.Trim(),
            EmailConfirmed = true,
            DisplayName = request.AdminUserName?.Trim(),
            CreatedUtc = clock.UtcNow,
        };
        var errors = await CheckRequestAsync(request, admin, password);
        var recipes = await FindRecipesAsync(request, errors, cancellationToken);
        if (errors.Count > 0) return new SetupResult(errors);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var failure = await ApplyAsync(request, recipes, admin, password, cancellationToken);
            if (failure.Count > 0)
            {
                await RollBackAsync(transaction);
                return new SetupResult(failure);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            await RollBackAsync(transaction);
            throw;
        }
        shell.Invalidate();
        await shell.RefreshAsync(cancellationToken);
        logger.LogInformation("Site set up with recipe {Recipe}; administrator {Admin}", recipes[0], admin.UserName);
        return new SetupResult([], admin.UserName, generated);
    }

    private async Task<List<string>> CheckRequestAsync(SetupRequest request, CrmUser admin, string password)
    {
        var errors = new List<string>();
        if (request.SiteName is not null && request.SiteName.Trim().Length == 0) errors.Add("Site name: must not be empty.");
        if (string.IsNullOrWhiteSpace(admin.UserName)) errors.Add("Admin user name: is required.");
        if (string.IsNullOrWhiteSpace(admin.Email) || !MailAddress.TryCreate(admin.Email, out var address) || address.Address != admin.Email)
            errors.Add($"Admin e-mail: '{request.AdminEmail}' is not an e-mail address.");
        if (errors.Count > 0) return errors;

        foreach (var validator in users.UserValidators)
            errors.AddRange((await validator.ValidateAsync(users, admin)).Errors.Select(e => $"Admin user: {e.Description}"));
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, admin, password)).Errors.Select(e => $"Admin password: {e.Description}"));
        return errors;
    }

    /// <summary>The setup recipe's file (which must be a setup recipe), then the extra recipes' files.</summary>
    private async Task<List<string>> FindRecipesAsync(SetupRequest request, List<string> errors, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var names = new[] { request.Recipe ?? SetupRequest.DefaultRecipe }.Concat(request.ExtraRecipes).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            var file = await harvester.FindAsync(names[i], cancellationToken);
            if (file is null)
            {
                errors.Add($"Recipe '{names[i]}' was not found (as a path, in the recipes folder, or among the modules' recipes).");
                continue;
            }
            if (i == 0 && ParsedRecipe.Parse(await File.ReadAllTextAsync(file, cancellationToken), names[i]).Recipe is { IsSetupRecipe: false })
                errors.Add($"Recipe '{names[i]}' is not a setup recipe (\"issetuprecipe\": true).");
            files.Add(file);
        }
        return files;
    }

    /// <summary>Everything setup writes, inside the caller's transaction. Returns the errors (then the caller rolls back).</summary>
    private async Task<List<string>> ApplyAsync(SetupRequest request, List<string> recipes, CrmUser admin, string password, CancellationToken cancellationToken)
    {
        await features.EnableAsync(features.AvailableFeatures.Where(f => f.AlwaysEnabled).Select(f => f.Id), cancellationToken);

        // The administrator exists before the recipes run, so what they start (a workflow assigning a
        // task to the owner of each sample account, say) finds the user; the role comes once roles exist.
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded) return created.Errors.Select(e => $"Admin user: {e.Description}").ToList();

        var variables = new Dictionary<string, string>
        {
            ["AdminUserName"] = admin.UserName!,
            ["AdminEmail"] = admin.Email!,
            ["SiteName"] = request.SiteName?.Trim() ?? "",
        };
        foreach (var recipe in recipes)
        {
            var result = await executor.ExecuteFileAsync(recipe, variables, cancellationToken);
            if (!result.Succeeded) return result.Errors.Select(e => $"Recipe '{result.RecipeName}': {RecipeErrorText.Format(e)}").ToList();
        }

        var roleErrors = await EnsureDefaultRolesAsync();
        if (roleErrors.Count > 0) return roleErrors;

        var inRole = await users.AddToRoleAsync(admin, RoleNames.Administrator);
        if (!inRole.Succeeded) return inRole.Errors.Select(e => $"Admin user: {e.Description}").ToList();

        await site.UpdateSiteSettingsAsync(s =>
        {
            if (request.SiteName is not null) s.SiteName = request.SiteName.Trim();
            s.SuperUser = admin.Id;
            s.SetupCompletedUtc = clock.UtcNow;
        }, cancellationToken);
        return [];
    }

    /// <summary>The Administrator role (it holds every permission), and the roles the enabled features' stereotypes name, with their permissions.</summary>
    private async Task<List<string>> EnsureDefaultRolesAsync()
    {
        var grants = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal) { [RoleNames.Administrator] = [] };
        foreach (var provider in permissionProviders)
            foreach (var stereotype in provider.GetDefaultStereotypes())
            {
                if (!grants.TryGetValue(stereotype.RoleName, out var set)) grants[stereotype.RoleName] = set = [];
                if (stereotype.RoleName != RoleNames.Administrator) set.UnionWith(stereotype.Permissions.Select(p => p.Name));
            }

        var errors = new List<string>();
        foreach (var (name, permissions) in grants)
        {
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new CrmRole { Name = name, Description = name == RoleNames.Administrator ? "Can do anything." : null };
                var created = await roles.CreateAsync(role);
                if (!created.Succeeded) { errors.AddRange(created.Errors.Select(e => $"Role '{name}': {e.Description}")); continue; }
            }
            var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var permission in permissions.Where(p => !current.Contains(p)))
            {
                var added = await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission));
                if (!added.Succeeded) errors.AddRange(added.Errors.Select(e => $"Role '{name}': {e.Description}"));
            }
        }
        return errors;
    }

    private async Task RollBackAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        shell.Invalidate();
        await shell.RefreshAsync(CancellationToken.None);
    }
}
