using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace OrchardCrm.Users.Services;

/// <summary>Puts Identity's errors beside the field they are about.</summary>
internal static class IdentityErrors
{
    public static void AddTo(ModelStateDictionary modelState, IdentityResult result, string passwordField = "Password", string userNameField = "UserName", string emailField = "Email")
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch) => passwordField,
                nameof(IdentityErrorDescriber.InvalidUserName) or nameof(IdentityErrorDescriber.DuplicateUserName) => userNameField,
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.DuplicateEmail) => emailField,
                nameof(IdentityErrorDescriber.InvalidRoleName) or nameof(IdentityErrorDescriber.DuplicateRoleName) => "Name",
                _ => "",
            };
            modelState.AddModelError(field, error.Description);
        }
    }
}
