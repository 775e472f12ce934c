using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data.Entities;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Browser.Tests.Users;

/// <summary>The users and roles admin pages over HTTP, signed in as the site's administrator.</summary>
public sealed class UsersAdminTests
{
    [Theory, Databases]
    public async Task An_administrator_creates_a_user_with_roles_and_bad_input_is_named_beside_its_field(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        var admin = await SignedInAdminAsync(host);

        var bad = await admin.SubmitAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "ada"), ("Email", "not-an-address"), ("Password", "short1A"), ("ConfirmPassword", "short1A"), ("Roles", "Sales Manager"), ("IsEnabled", "true"));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await FormClient.TextAsync(bad);
        Assert.Matches(Beside("Email", "This is not an e-mail address."), html);

        var weak = await admin.SubmitAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "ada"), ("Email", "ada@example.com"), ("Password", "short1A"), ("ConfirmPassword", "short1A"));
        Assert.Matches(Beside("Password", "at least 10 characters"), await FormClient.TextAsync(weak));
        Assert.Null(await FindUserAsync(host, "ada"));

        var created = await admin.SubmitAsync("/admin/users/create", "/admin/users/create",
            ("UserName", "ada"), ("Email", "ada@example.com"), ("Password", "Lovelace-1815"), ("ConfirmPassword", "Lovelace-1815"), ("Roles", "Sales Manager"), ("IsEnabled", "true"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetPageAsync("/admin/users");
        Assert.Contains("User ada created.", list);
        Assert.Contains("ada@example.com", list);
        Assert.Contains("Sales Manager", list);

        var ada = FormClient.For(host);
        Assert.Equal(HttpStatusCode.Redirect, (await ada.SignInAsync("ada", "Lovelace-1815")).StatusCode);
    }

    [Theory, Databases]
    public async Task Editing_changes_email_roles_and_password_and_disabling_stops_sign_in(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        await FormClient.CreateUserAsync(host, "bob", RoleNames.Contributor);
        var admin = await SignedInAdminAsync(host);
        var bob = (await FindUserAsync(host, "bob"))!;

        var saved = await admin.SubmitAsync($"/admin/users/{bob.Id}/edit", $"/admin/users/{bob.Id}/edit",
            ("Email", "robert@example.com"), ("Roles", RoleNames.SalesManager), ("IsEnabled", "true"), ("NewPassword", "Brand-new-pw1"), ("ConfirmPassword", "Brand-new-pw1"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await admin.GetPageAsync("/admin/users?q=robert");
        Assert.Contains("robert@example.com", list);
        Assert.Contains(RoleNames.SalesManager, list);
        Assert.DoesNotContain(RoleNames.Contributor, list);
        Assert.Equal(HttpStatusCode.Redirect, (await FormClient.For(host).SignInAsync("bob", "Brand-new-pw1")).StatusCode);

        await admin.SubmitAsync("/admin/users", $"/admin/users/{bob.Id}/disable");
        Assert.Contains("User bob disabled.", await admin.GetPageAsync("/admin/users"));
        Assert.Equal(HttpStatusCode.OK, (await FormClient.For(host).SignInAsync("bob", "Brand-new-pw1")).StatusCode);

        await admin.SubmitAsync("/admin/users", $"/admin/users/{bob.Id}/enable");
        Assert.Equal(HttpStatusCode.Redirect, (await FormClient.For(host).SignInAsync("bob", "Brand-new-pw1")).StatusCode);
    }

    [Theory, Databases]
    public async Task The_last_administrator_and_oneself_cannot_be_deleted_or_disabled(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        await FormClient.CreateUserAsync(host, "second", RoleNames.Administrator);
        var admin = await SignedInAdminAsync(host);
        var self = (await FindUserAsync(host, FormClient.AdminUserName))!;
        var second = (await FindUserAsync(host, "second"))!;

        await admin.SubmitAsync("/admin/users", $"/admin/users/{self.Id}/delete");
        Assert.Contains("You cannot delete your own account.", await admin.GetPageAsync("/admin/users"));

        // Two administrators: the other one may go, but then the remaining one is the last.
        await admin.SubmitAsync("/admin/users", $"/admin/users/{second.Id}/delete");
        Assert.Contains("User second deleted.", await admin.GetPageAsync("/admin/users"));

        var other = FormClient.For(host);
        await FormClient.CreateUserAsync(host, "manager", "User managers", permissions: "ManageUsers");
        await other.SignInAsync("manager", FormClient.Password);
        await other.SubmitAsync("/admin/users", $"/admin/users/{self.Id}/disable");
        Assert.Contains("last enabled Administrator", await FormClient.TextAsync(await other.Http.GetAsync("/admin/users")));
        await other.SubmitAsync("/admin/users", $"/admin/users/{self.Id}/delete");
        Assert.Contains("last enabled Administrator", await FormClient.TextAsync(await other.Http.GetAsync("/admin/users")));
        var demoted = await other.SubmitAsync($"/admin/users/{self.Id}/edit", $"/admin/users/{self.Id}/edit", ("Email", "admin@example.com"), ("IsEnabled", "true"));
        Assert.Matches(Beside("Roles", "last enabled Administrator"), await FormClient.TextAsync(demoted));

        var still = (await FindUserAsync(host, FormClient.AdminUserName))!;
        Assert.True(still.IsEnabled);
    }

    [Theory, Databases]
    public async Task The_list_searches_by_name_and_email_and_pages(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        for (var i = 1; i <= 24; i++) await FormClient.CreateUserAsync(host, $"member{i:00}");
        await FormClient.CreateUserAsync(host, "zelda");
        var admin = await SignedInAdminAsync(host);

        var first = await admin.GetPageAsync("/admin/users");
        Assert.Contains("26 users", first);
        Assert.Contains("member01", first);
        Assert.DoesNotContain("zelda", first);
        var second = await admin.GetPageAsync("/admin/users?page=2");
        Assert.Contains("zelda", second);
        Assert.DoesNotContain("member01", second);

        var byName = await admin.GetPageAsync("/admin/users?q=ZEL");
        Assert.Contains("zelda", byName);
        Assert.Contains("1 user<", byName);
        var byEmail = await admin.GetPageAsync("/admin/users?q=member07%40example");
        Assert.Contains("member07", byEmail);
        Assert.DoesNotContain("member08", byEmail);
    }

    [Theory, Databases]
    public async Task Roles_get_permissions_by_checkbox_and_keep_those_of_disabled_features(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        var admin = await SignedInAdminAsync(host);

        var form = await admin.GetPageAsync("/admin/roles/create");
        Assert.Contains("value=\"ManageUsers\"", form);
        Assert.Contains(">Security</legend>", form);

        var unknown = await admin.SubmitAsync("/admin/roles/create", "/admin/roles/create", ("Name", "Auditors"), ("Permissions", "NoSuchPermission"));
        Assert.Matches(Beside("Permissions", "'NoSuchPermission' is not a permission"), await FormClient.TextAsync(unknown));

        var created = await admin.SubmitAsync("/admin/roles/create", "/admin/roles/create", ("Name", "Auditors"), ("Description", "Read the books"), ("Permissions", "ViewUsers"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var role = await FindRoleAsync(host, "Auditors");
        Assert.Equal(new[] { "ViewUsers" }, role.Permissions);

        // A grant of a permission no enabled feature declares (its feature is off) survives an edit.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
            await roles.AddClaimAsync((await roles.FindByNameAsync("Auditors"))!, new System.Security.Claims.Claim(PermissionClaims.Type, "ViewInvoices"));
        }
        var edited = await admin.SubmitAsync($"/admin/roles/{role.Id}/edit", $"/admin/roles/{role.Id}/edit", ("Name", "Auditors"), ("Permissions", "ManageRoles"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(new[] { "ManageRoles", "ViewInvoices" }, (await FindRoleAsync(host, "Auditors")).Permissions.Order());

        var administrator = await FindRoleAsync(host, RoleNames.Administrator);
        var adminPage = await admin.GetPageAsync($"/admin/roles/{administrator.Id}/edit");
        Assert.Contains("has every permission", adminPage);
        Assert.DoesNotContain("name=\"Permissions\"", adminPage);
        await admin.SubmitAsync("/admin/roles", $"/admin/roles/{administrator.Id}/delete");
        Assert.Contains("The Administrator role cannot be deleted.", await admin.GetPageAsync("/admin/roles"));

        await admin.SubmitAsync("/admin/roles", $"/admin/roles/{role.Id}/delete");
        var list = await admin.GetPageAsync("/admin/roles");
        Assert.Contains("Role Auditors deleted.", list);
        Assert.DoesNotContain("/admin/roles/" + role.Id, list);
    }

    [Theory, Databases]
    public async Task Setup_gives_the_default_roles_their_stereotype_permissions(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await FormClient.StartSetUpAsync(db);
        Assert.Contains("ViewUsers", (await FindRoleAsync(host, RoleNames.SalesManager)).Permissions);
        Assert.Contains("ViewUsers", (await FindRoleAsync(host, RoleNames.AccountManager)).Permissions);
        Assert.DoesNotContain("ManageUsers", (await FindRoleAsync(host, RoleNames.SalesManager)).Permissions);
    }

    private static async Task<FormClient> SignedInAdminAsync(TestWebHost host)
    {
        var admin = FormClient.For(host);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(FormClient.AdminUserName, FormClient.Password)).StatusCode);
        return admin;
    }

    /// <summary>The validation message of one field (the span asp-validation-for renders beside it).</summary>
    private static Regex Beside(string field, string message) =>
        new($"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>[^<]*{Regex.Escape(message)}");

    private static async Task<CrmUser?> FindUserAsync(TestWebHost host, string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().FindByNameAsync(userName);
    }

    private static async Task<(string Id, List<string> Permissions)> FindRoleAsync(TestWebHost host, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CrmRole>>();
        var role = (await roles.FindByNameAsync(name))!;
        var claims = await roles.GetClaimsAsync(role);
        return (role.Id, claims.Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).ToList());
    }
}
