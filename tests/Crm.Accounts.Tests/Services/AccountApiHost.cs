using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Api;
using OrchardCrm.Accounts.Services;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

/// <summary>
/// The real host with Crm.Accounts on, users with roles, and clients signed in through the sign-in endpoint
/// (the pattern of Crm.Content.Tests' ApiSession).
/// </summary>
internal static class AccountApiHost
{
    public const string Password = "Sup3rSecret!pw";

    public static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db, configure: services =>
        {
            services.AddAccountServices();
            MapApiUnlessTheModuleDoes(services);
        });
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Accounts"]);
        return host;
    }

    /// <summary>
    /// Until the module's Startup maps the API (<c>routes.MapAccountApi()</c>), the tests add a startup of the
    /// same feature that does, so the endpoints sit behind the same feature gate and authorization.
    /// </summary>
    private static void MapApiUnlessTheModuleDoes(IServiceCollection services)
    {
        var startupMaps = typeof(Startup).GetMethod(nameof(StartupBase.Configure))!.DeclaringType == typeof(Startup);
        if (startupMaps) return;
        var descriptor = services.Single(d => d.ServiceType == typeof(OrchardCrm.Modules.RegisteredStartups));
        var registered = (OrchardCrm.Modules.RegisteredStartups)descriptor.ImplementationInstance!;
        services.Remove(descriptor);
        services.AddSingleton(new OrchardCrm.Modules.RegisteredStartups([.. registered.Startups, ("Crm.Accounts", new ApiStartup())]));
    }

    private sealed class ApiStartup : StartupBase
    {
        public override void Configure(IEndpointRouteBuilder routes) => routes.MapAccountApi();
    }

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
