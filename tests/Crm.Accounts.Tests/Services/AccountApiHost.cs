using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Modules;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

/// <summary>The real host with Crm.Accounts on, users with roles, and clients signed in through the sign-in endpoint.</summary>
internal static class AccountApiHost
{
    public const string Password = TestUsers.Password;

    public static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Accounts"]);
        return host;
    }

    public static Task CreateUserAsync(TestWebHost host, string userName, string role, params string[] permissions) =>
        TestUsers.CreateAsync(host.Services, userName, role, Password, permissions);

    public static Task<HttpClient> SignInAsync(TestWebHost host, string userName) => TestUsers.SignInAsync(host, userName);
}
