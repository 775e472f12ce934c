using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using OrchardCrm.Data.Entities;
using OrchardCrm.DisplayManagement;
using OrchardCrm.Events;
using OrchardCrm.Users.Services;
using OrchardCrm.Users.ViewModels;

namespace OrchardCrm.Users.Controllers;

/// <summary>Sign-in, sign-out, access denied and change password: the pages every user meets.</summary>
public sealed class AccountController(SignInManager<CrmUser> signIn, UserManager<CrmUser> users, INotifier notifier, ICrmEventBus events) : Controller
{
    public const string WrongCredentials = "The user name or password is wrong.";
    public const string LockedOut = "Too many failed attempts: this account is locked for a while. Try again later.";
    public const string Disabled = "This account is disabled. Ask an administrator to enable it.";

    private const string AfterSignIn = "/admin";

    [AllowAnonymous, HttpGet("login")]
    public IActionResult Login(string? returnUrl = null)
    {
        // Already signed in (a second tab, the back button): no reason to ask again.
        if (User.Identity?.IsAuthenticated == true) return LocalRedirect(IsLocal(returnUrl) ? returnUrl! : AfterSignIn);
        return View(new LoginViewModel { ReturnUrl = IsLocal(returnUrl) ? returnUrl : null });
    }

    [AllowAnonymous, HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!IsLocal(model.ReturnUrl)) model.ReturnUrl = null;
        if (!ModelState.IsValid) return View(model);

        var user = await users.FindByNameAsync(model.UserName!.Trim());
        if (user is null) return Refuse(model, WrongCredentials);

        if (!user.IsEnabled)
        {
            // The password is checked (and counts toward lockout) before saying the account is
            // disabled, so a stranger cannot learn which accounts exist and are disabled.
            var check = await signIn.CheckPasswordSignInAsync(user, model.Password!, lockoutOnFailure: true);
            return Refuse(model, check.Succeeded ? Disabled : check.IsLockedOut ? LockedOut : WrongCredentials);
        }

        var result = await signIn.PasswordSignInAsync(user, model.Password!, model.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await events.PublishAsync(UserEvents.SignedIn(user.UserName!), HttpContext.RequestAborted);
            return LocalRedirect(model.ReturnUrl ?? AfterSignIn);
        }
        return Refuse(model, result.IsLockedOut ? LockedOut : result.IsNotAllowed ? Disabled : WrongCredentials);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/login");
    }

    [AllowAnonymous, HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    [HttpGet("account/change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("account/change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        if (!ModelState.IsValid) return View(model);
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();

        var result = await users.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? nameof(model.CurrentPassword)
                    : nameof(model.NewPassword);
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "The current password is wrong." : error.Description);
            }
            return View(model);
        }
        // The security stamp changed: renew this browser's cookie so it stays signed in.
        await signIn.RefreshSignInAsync(user);
        notifier.Success("Your password was changed.");
        return RedirectToAction(nameof(ChangePassword));
    }

    private IActionResult Refuse(LoginViewModel model, string message)
    {
        ModelState.AddModelError("", message);
        model.Password = null;
        return View(model);
    }

    private bool IsLocal(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url);
}
