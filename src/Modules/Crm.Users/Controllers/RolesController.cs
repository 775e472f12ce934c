using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Data.Entities;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Security;
using OrchardCrm.Users.Services;
using OrchardCrm.Users.ViewModels;

namespace OrchardCrm.Users.Controllers;

/// <summary>The roles admin: a role's name, description and permissions (those of the enabled features).</summary>
[Route("admin/roles")]
[Authorize(Policy = UserPermissions.ManageRolesPolicy)]
public sealed class RolesController(
    RoleManager<CrmRole> roles,
    UserManager<CrmUser> users,
    IPermissionService permissions,
    INotifier notifier) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = new List<RoleRow>();
        foreach (var role in await AsyncQueryable.ToListAsync(roles.Roles))
        {
            var userCount = (await users.GetUsersInRoleAsync(role.Name!)).Count;
            var permissionCount = (await roles.GetClaimsAsync(role)).Count(c => c.Type == PermissionClaims.Type);
            rows.Add(new RoleRow(role.Id, role.Name!, role.Description, userCount, permissionCount, IsAdministrator(role.Name)));
        }
        ViewData["Title"] = "Roles";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Security"), new("Roles") };
        // The Administrator first, then by name.
        return View(rows.OrderBy(r => !r.IsAdministrator).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList());
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() => await FormAsync(new RoleEditViewModel());

    [HttpPost("create")]
    public async Task<IActionResult> Create(RoleEditViewModel model)
    {
        model.Id = null;
        var declared = await DeclaredPermissionNamesAsync();
        CheckPermissions(model.Permissions, declared);
        if (!ModelState.IsValid) return await FormAsync(model);

        var role = new CrmRole { Name = model.Name!.Trim(), Description = Blank(model.Description) };
        var created = await roles.CreateAsync(role);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created);
            return await FormAsync(model);
        }
        if (!IsAdministrator(role.Name)) await SetPermissionsAsync(role, model.Permissions, declared);
        notifier.Success($"Role {role.Name} created.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null) return NotFound();
        var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).ToList();
        return await FormAsync(new RoleEditViewModel { Id = role.Id, Name = role.Name, Description = role.Description, Permissions = granted });
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, RoleEditViewModel model)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null) return NotFound();
        model.Id = role.Id;
        var wasAdministrator = IsAdministrator(role.Name);
        if (wasAdministrator && !IsAdministrator(model.Name?.Trim()))
            ModelState.AddModelError(nameof(model.Name), "The Administrator role cannot be renamed.");
        else if (!wasAdministrator && IsAdministrator(model.Name?.Trim()))
            ModelState.AddModelError(nameof(model.Name), "There is already an Administrator role.");
        var declared = await DeclaredPermissionNamesAsync();
        CheckPermissions(model.Permissions, declared);
        if (!ModelState.IsValid) return await FormAsync(model);

        var renamed = role.Name != model.Name!.Trim();
        role.Name = model.Name.Trim();
        role.Description = Blank(model.Description);
        var updated = await roles.UpdateAsync(role);
        if (!updated.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, updated);
            return await FormAsync(model);
        }
        if (!wasAdministrator) await SetPermissionsAsync(role, model.Permissions, declared);
        // Sign-in cookies carry role names: after a rename, members sign in again to keep their rights.
        if (renamed) notifier.Warning($"Members of {role.Name} keep their permissions once they sign in again.");
        notifier.Success($"Role {role.Name} saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null) return NotFound();
        if (IsAdministrator(role.Name))
            notifier.Error("The Administrator role cannot be deleted.");
        else if (await roles.DeleteAsync(role) is { Succeeded: false } failed)
            notifier.Error($"Role {role.Name} was not deleted: {string.Join(" ", failed.Errors.Select(e => e.Description))}");
        else
            notifier.Success($"Role {role.Name} deleted.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>
    /// Makes the role's grants among the declared permissions match the choice. Grants of permissions no
    /// enabled feature declares are kept: they come back when their feature is enabled again.
    /// </summary>
    private async Task SetPermissionsAsync(CrmRole role, IEnumerable<string> chosen, IReadOnlySet<string> declared)
    {
        var wanted = chosen.ToHashSet(StringComparer.Ordinal);
        var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).ToList();
        foreach (var claim in current.Where(c => declared.Contains(c.Value) && !wanted.Contains(c.Value)))
            Check(await roles.RemoveClaimAsync(role, claim));
        foreach (var name in wanted.Where(w => current.All(c => c.Value != w)))
            Check(await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, name)));
    }

    private async Task<IActionResult> FormAsync(RoleEditViewModel model)
    {
        var creating = model.Id is null;
        model.IsAdministrator = !creating && IsAdministrator((await roles.FindByIdAsync(model.Id!))?.Name);
        model.Groups = (await permissions.ListPermissionsAsync())
            .GroupBy(p => string.IsNullOrEmpty(p.Category) ? "General" : p.Category)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .Select(g => new PermissionGroup(g.Key, g.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new PermissionOption(p.Name, p.Description)).ToList()))
            .ToList();
        var title = creating ? "New role" : $"Edit {model.Name}";
        ViewData["Title"] = title;
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Security"), new("Roles", "/admin/roles"), new(title) };
        return View("Edit", model);
    }

    private async Task<IReadOnlySet<string>> DeclaredPermissionNamesAsync() =>
        (await permissions.ListPermissionsAsync()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    private void CheckPermissions(IEnumerable<string> chosen, IReadOnlySet<string> declared)
    {
        foreach (var name in chosen.Where(n => !declared.Contains(n)))
            ModelState.AddModelError(nameof(RoleEditViewModel.Permissions), $"'{name}' is not a permission of an enabled feature.");
    }

    private static bool IsAdministrator(string? name) => string.Equals(name, RoleNames.Administrator, StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
