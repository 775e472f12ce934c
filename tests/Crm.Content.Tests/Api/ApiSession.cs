using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Api;

/// <summary>Users with roles, and HTTP clients signed in as them through the real sign-in endpoint.</summary>
internal static class ApiSession
{
    public const string Password = TestUsers.Password;

    public static Task CreateUserAsync(TestWebHost host, string userName, string role, params string[] permissions) =>
        TestUsers.CreateAsync(host.Services, userName, role, Password, permissions);

    public static Task<HttpClient> SignInAsync(TestWebHost host, string userName) => TestUsers.SignInAsync(host, userName);
}
