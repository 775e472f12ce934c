using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;

namespace OrchardCrm.Testing;

/// <summary>Users in roles, and HTTP clients signed in as them through the real sign-in endpoint (POST /api/session).</summary>
public static class TestUsers
{
    public const string Password = "Sup3rSecret!pw";

    /// <summary>A user in <paramref name="role"/>; the role is created with <paramref name="permissions"/> when it does not exist yet.</summary>
    public static async Task CreateAsync(IServiceProvider services, string userName, string role, string password = Password, params string[] permissions)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        if (await roles.FindByNameAsync(role) is null)
        {
            var created = new CrmRole { Name = role };
            Check(await roles.CreateAsync(created));
            foreach (var permission in permissions) Check(await roles.AddClaimAsync(created, new Claim(PermissionClaims.Type, permission)));
        }
        var user = new CrmUser { UserName = userName, Email = $"{userName}@example.com" };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
    }

    /// <summary>A client that keeps the sign-in cookie and does not follow redirects (tests look at them).</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string userName, string password = Password)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>The user's principal as a request would carry it (role and permission claims included), for service-level checks.</summary>
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user '{userName}'.");
        return await scope.ServiceProvider.GetRequiredService<SignInManager<CrmUser>>().CreateUserPrincipalAsync(user);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
