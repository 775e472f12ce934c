using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OrchardCrm.Data.Entities;
using OrchardCrm.Hosting;

namespace OrchardCrm.Security;

/// <summary>
/// Sign-in for scripts and API clients: POST /api/session with a JSON user name and password sets the
/// same cookie the sign-in page does (lockout after repeated failures applies). A JSON body cannot be
/// sent cross-site without a CORS preflight, which is what keeps this endpoint safe from CSRF.
/// </summary>
public static class SessionEndpoints
{
    public sealed record SignInRequest(string? UserName, string? Password);

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/session", async (SignInRequest request, SignInManager<CrmUser> signIn) =>
        {
            var errors = new Dictionary<string, string[]>();
            if (string.IsNullOrWhiteSpace(request.UserName)) errors["UserName"] = ["The user name is required."];
            if (string.IsNullOrEmpty(request.Password)) errors["Password"] = ["The password is required."];
            if (errors.Count > 0) return Results.ValidationProblem(errors, title: "The request is not valid.");

            var user = await signIn.UserManager.FindByNameAsync(request.UserName!);
            if (user is null || !user.IsEnabled) return Refused();
            var result = await signIn.PasswordSignInAsync(user, request.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.IsLockedOut) return Results.Problem("Too many failed attempts: the account is locked for a while.", statusCode: StatusCodes.Status423Locked, title: "Locked");
            return result.Succeeded ? Results.Ok(new { userName = user.UserName }) : Refused();
        }).AllowAnonymous().WithMetadata(new PublicEndpointMetadata());

        endpoints.MapDelete("/api/session", async (SignInManager<CrmUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.NoContent();
        });

        endpoints.MapGet("/api/session", (ClaimsPrincipal user) => Results.Ok(new { userName = user.Identity?.Name }));
        return endpoints;
    }

    private static IResult Refused() =>
        Results.Problem("The user name or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused");
}
