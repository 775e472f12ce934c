using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Navigation;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Foundation;

public sealed class MenuAndPermissionTests
{
    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "test"));

    [Theory, Databases]
    public async Task The_sales_menu_links_the_four_lists_and_is_trimmed_by_the_content_view_permissions(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);

        await shell.ScopeAsync(async sp =>
        {
            var navigation = sp.GetRequiredService<INavigationManager>();
            // Administrators hold every declared permission: the entries show only if their permission names are real ones.
            var sales = Assert.Single(await navigation.BuildMenuAsync(User(RoleNames.Administrator)), i => i.Text == "Sales");
            Assert.Equal(20, sales.Position);
            Assert.Equal(
                ["My tasks /admin/tasks/mine", "Accounts /admin/accounts", "Contacts /admin/contents/Contact", "Activities /admin/contents/Activity", "Tasks /admin/contents/Task"],
                sales.Children.OrderBy(c => c.Position).Select(c => $"{c.Text} {c.Url}"));
            Assert.DoesNotContain(await navigation.BuildMenuAsync(User()), i => i.Text == "Sales");

            var permissions = sp.GetRequiredService<IPermissionService>();
            Assert.NotNull(await permissions.FindAsync("ViewAllAccounts"));
        });
    }

    [Fact]
    public void Sales_managers_see_all_accounts_by_default_and_account_managers_do_not()
    {
        var stereotypes = new Permissions().GetDefaultStereotypes().ToList();

        Assert.Contains(Permissions.ViewAllAccounts, Assert.Single(stereotypes, s => s.RoleName == RoleNames.SalesManager).Permissions);
        Assert.DoesNotContain(stereotypes, s => s.RoleName == RoleNames.AccountManager && s.Permissions.Contains(Permissions.ViewAllAccounts));
    }
}
