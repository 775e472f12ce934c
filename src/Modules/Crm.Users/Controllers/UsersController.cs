using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Common;
using OrchardCrm.Data.Entities;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Security;
using OrchardCrm.Settings;
using OrchardCrm.Users.Services;
using OrchardCrm.Users.ViewModels;

namespace OrchardCrm.Users.Controllers;

/// <summary>The users admin: list and search, create, edit, enable and disable, delete.</summary>
[Route("admin/users")]
[Authorize(Policy = UserPermissions.ViewUsersPolicy)]
public sealed class UsersController(
    UserManager<CrmUser> users,
    RoleManager<CrmRole> roles,
    SignInManager<CrmUser> signIn,
    AdministratorGuard guard,
    ISiteService site,
    IClock clock,
    IPermissionService permissions,
    INotifier notifier) : Controller
{
    private const string Manage = UserPermissions.ManageUsersPolicy;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q = null, int page = 1)
    {
        var pageSize = Math.Clamp((await site.GetSiteSettingsAsync()).PageSize, 5, 200);
        page = Math.Max(1, page);
        var query = users.Users;
        if (!string.IsNullOrWhiteSpace(q))
        {
            var needle = users.NormalizeName(q.Trim());
            query = query.Where(u => u.NormalizedUserName!.Contains(needle) || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(needle)));
        }
        // A plain count (sync) keeps this module free of EF Core; it is one scalar query.
        var total = query.Count();
        var pageOfUsers = await AsyncQueryable.ToListAsync(query.OrderBy(u => u.NormalizedUserName).Skip((page - 1) * pageSize).Take(pageSize));

        var currentId = users.GetUserId(User);
        var rows = new List<UserRow>();
        foreach (var user in pageOfUsers)
        {
            var userRoles = (await users.GetRolesAsync(user)).Order(StringComparer.CurrentCulture).ToList();
            var locked = user.LockoutEnd is { } end && end.UtcDateTime > clock.UtcNow;
            rows.Add(new UserRow(user.Id, user.UserName!, user.Email, userRoles, user.IsEnabled, locked, user.Id == currentId));
        }

        ViewData["Title"] = "Users";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Security"), new("Users") };
        return View(new UserListViewModel
        {
            Query = q,
            Page = page,
            PageSize = pageSize,
            TotalCount = total,
            Users = rows,
            CanManage = await permissions.IsGrantedAsync(User, UserPermissions.ManageUsers),
        });
    }

    [HttpGet("create"), Authorize(Policy = Manage)]
    public async Task<IActionResult> Create() =>
        CreateView(new UserCreateViewModel { AvailableRoles = await RoleNamesAsync() });

    [HttpPost("create"), Authorize(Policy = Manage)]
    public async Task<IActionResult> Create(UserCreateViewModel model)
    {
        var available = await RoleNamesAsync();
        model.AvailableRoles = available;
        CheckRoles(model.Roles, available);
        if (!ModelState.IsValid) return CreateView(model);

        var user = new CrmUser
        {
            UserName = model.UserName!.Trim(),
            Email = model.Email!.Trim(),
            EmailConfirmed = true,
            IsEnabled = model.IsEnabled,
            CreatedUtc = clock.UtcNow,
        };
        var created = await users.CreateAsync(user, model.Password!);
        if (!created.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, created);
            return CreateView(model);
        }
        if (model.Roles.Count > 0)
        {
            var inRoles = await users.AddToRolesAsync(user, model.Roles.Distinct());
            if (!inRoles.Succeeded)
            {
                // Not half-made: a user without the roles asked for is removed again.
                await users.DeleteAsync(user);
                IdentityErrors.AddTo(ModelState, inRoles);
                return CreateView(model);
            }
        }
        notifier.Success($"User {user.UserName} created.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id}/edit"), Authorize(Policy = Manage)]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        return EditView(new UserEditViewModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            Email = user.Email,
            IsEnabled = user.IsEnabled,
            Roles = [.. await users.GetRolesAsync(user)],
            AvailableRoles = await RoleNamesAsync(),
            IsCurrentUser = user.Id == users.GetUserId(User),
        });
    }

    [HttpPost("{id}/edit"), Authorize(Policy = Manage)]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        var available = await RoleNamesAsync();
        model.Id = user.Id;
        model.UserName = user.UserName!;
        model.AvailableRoles = available;
        model.IsCurrentUser = user.Id == users.GetUserId(User);
        CheckRoles(model.Roles, available);

        var currentRoles = await users.GetRolesAsync(user);
        var wanted = model.Roles.Distinct().ToList();
        var losesAdministrator = currentRoles.Contains(RoleNames.Administrator) && !wanted.Contains(RoleNames.Administrator);
        if ((losesAdministrator || !model.IsEnabled) && await guard.IsLastAdministratorAsync(user))
            ModelState.AddModelError(losesAdministrator ? nameof(model.Roles) : nameof(model.IsEnabled), AdministratorGuard.LastAdministratorMessage);
        if (model.IsCurrentUser && !model.IsEnabled)
            ModelState.AddModelError(nameof(model.IsEnabled), "You cannot disable your own account.");
        if (!string.IsNullOrEmpty(model.NewPassword))
            foreach (var validator in users.PasswordValidators)
                foreach (var error in (await validator.ValidateAsync(users, user, model.NewPassword)).Errors)
                    ModelState.AddModelError(nameof(model.NewPassword), error.Description);
        if (!ModelState.IsValid) return EditView(model);

        // Everything was checked above, so the writes below are not expected to fail half-way.
        var wasEnabled = user.IsEnabled;
        user.Email = model.Email!.Trim();
        user.IsEnabled = model.IsEnabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            IdentityErrors.AddTo(ModelState, updated, passwordField: nameof(model.NewPassword));
            return EditView(model);
        }

        var toRemove = currentRoles.Except(wanted).ToList();
        var toAdd = wanted.Except(currentRoles).ToList();
        if (toRemove.Count > 0) await Check(users.RemoveFromRolesAsync(user, toRemove));
        if (toAdd.Count > 0) await Check(users.AddToRolesAsync(user, toAdd));
        if (!string.IsNullOrEmpty(model.NewPassword))
            await Check(users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), model.NewPassword));
        else if (toRemove.Count > 0 || toAdd.Count > 0 || wasEnabled != user.IsEnabled)
            // The user's other sessions carry the old roles: a new stamp makes them sign in again.
            await Check(users.UpdateSecurityStampAsync(user));
        if (model.IsCurrentUser) await signIn.RefreshSignInAsync(user);

        notifier.Success($"User {user.UserName} saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/enable"), Authorize(Policy = Manage)]
    public Task<IActionResult> Enable(string id) => SetEnabledAsync(id, true);

    [HttpPost("{id}/disable"), Authorize(Policy = Manage)]
    public Task<IActionResult> Disable(string id) => SetEnabledAsync(id, false);

    [HttpPost("{id}/delete"), Authorize(Policy = Manage)]
    public async Task<IActionResult> Delete(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (user.Id == users.GetUserId(User))
            notifier.Error("You cannot delete your own account.");
        else if (await guard.IsLastAdministratorAsync(user))
            notifier.Error(AdministratorGuard.LastAdministratorMessage);
        else if (await users.DeleteAsync(user) is { Succeeded: false } failed)
            notifier.Error($"User {user.UserName} was not deleted: {Describe(failed)}");
        else
            notifier.Success($"User {user.UserName} deleted.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetEnabledAsync(string id, bool enabled)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (!enabled && user.Id == users.GetUserId(User))
            notifier.Error("You cannot disable your own account.");
        else if (!enabled && await guard.IsLastAdministratorAsync(user))
            notifier.Error(AdministratorGuard.LastAdministratorMessage);
        else if (user.IsEnabled != enabled)
        {
            user.IsEnabled = enabled;
            var result = await users.UpdateAsync(user);
            if (result.Succeeded && !enabled) result = await users.UpdateSecurityStampAsync(user);
            if (result.Succeeded) notifier.Success($"User {user.UserName} {(enabled ? "enabled" : "disabled")}.");
            else notifier.Error($"User {user.UserName} was not changed: {Describe(result)}");
        }
        return RedirectToAction(nameof(Index));
    }

    private IActionResult CreateView(UserCreateViewModel model)
    {
        ViewData["Title"] = "New user";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Security"), new("Users", "/admin/users"), new("New user") };
        return View("Create", model);
    }

    private IActionResult EditView(UserEditViewModel model)
    {
        ViewData["Title"] = $"Edit {model.UserName}";
        ViewData[Breadcrumb.ViewDataKey] = new List<Breadcrumb> { new("Security"), new("Users", "/admin/users"), new($"Edit {model.UserName}") };
        return View("Edit", model);
    }

    private async Task<IReadOnlyList<string>> RoleNamesAsync() =>
        (await AsyncQueryable.ToListAsync(roles.Roles.Select(r => r.Name!))).Order(StringComparer.CurrentCulture).ToList();

    private void CheckRoles(IEnumerable<string> chosen, IReadOnlyList<string> available)
    {
        foreach (var role in chosen.Where(r => !available.Contains(r)))
            ModelState.AddModelError("Roles", $"There is no role named '{role}'.");
    }

    private static async Task Check(Task<IdentityResult> write)
    {
        var result = await write;
        if (!result.Succeeded) throw new InvalidOperationException(Describe(result));
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
