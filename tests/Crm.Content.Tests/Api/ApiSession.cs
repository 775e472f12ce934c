using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Api;

/// <summary>Users with roles, and HTTP clients signed in as them through the real sign-in endpoint.</summary>
internal static class ApiSession
{
    public const string Password = "Sup3rSecret!pw";

    public static async Task CreateUserAsync(TestWebHost host, string userName, string role, params string[] permissions)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var crmRole = await roles.FindByNameAsync(role);
        if (crmRole is null)
        {
            crmRole = new CrmRole { Name = role };
            Check(await roles.CreateAsync(crmRole));
            foreach (var permission in permissions) Check(await roles.AddClaimAsync(crmRole, new Claim(PermissionClaims.Type, permission)));
        }
        var user = new CrmUser { UserName = userName, Email = $"{userName}@example.com" };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
    }

    public static async Task<HttpClient> SignInAsync(TestWebHost host, string userName)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/session", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
