using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Content.Tests.Api;
using OrchardCrm.Content.Tests.Store;
using OrchardCrm.ContentManagement;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Pages;

/// <summary>The content pages over HTTP: permissions (own items, publish), conflicts, and the picker's reach.</summary>
public sealed class ContentPagesHttpTests
{
    [Theory, Databases]
    public async Task A_user_with_own_permissions_lists_opens_and_picks_only_their_items_and_cannot_publish(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await ApiSession.CreateUserAsync(host, "amy", RoleNames.AccountManager, "ViewOwnContent", "EditOwnContent");
        var adas = await CreateAsync(host, "ada", "Ada Holdings", "ADA");
        var amys = await CreateAsync(host, "amy", "Amy Trading", "AMY");
        var amy = await ApiSession.SignInAsync(host, "amy");

        var list = await PageForm.GetPageAsync(amy, "/admin/contents/Company");
        Assert.Contains("Amy Trading", list);
        Assert.DoesNotContain("Ada Holdings", list);
        Assert.DoesNotContain("Delete selected", list);

        PageForm.AssertRefused(await amy.GetAsync($"/admin/contents/item/{adas}/edit"));
        PageForm.AssertRefused(await amy.GetAsync($"/admin/contents/item/{adas}/versions"));
        PageForm.AssertRefused(await amy.GetAsync($"/admin/contents/item/{amys}/delete"));

        var picker = await PageForm.GetPageAsync(amy, "/admin/contents/picker?types=Company&q=a&name=x&target=y");
        Assert.Contains("Amy Trading", picker);
        Assert.DoesNotContain("Ada Holdings", picker);

        var form = await PageForm.GetPageAsync(amy, $"/admin/contents/item/{amys}/edit");
        Assert.Contains("Save draft", form);
        Assert.DoesNotContain(">Publish<", form);
        var publish = await PageForm.PostAsync(amy, $"/admin/contents/item/{amys}/edit", form,
            ("DisplayText", "Amy Trading"), ("Fields.Company.Code.Text", "AMY"), ("submit", "publish"),
            ("ContentItemVersionId", PageForm.Input(form, "ContentItemVersionId")), ("RowVersion", PageForm.Input(form, "RowVersion")));
        PageForm.AssertRefused(publish);
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(amys, VersionOptions.Published));
    }

    [Theory, Databases]
    public async Task A_save_over_someone_elses_change_is_refused_with_the_input_kept(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        var id = await CreateAsync(host, "ada", "Acme", "ACME");
        var ada = await ApiSession.SignInAsync(host, "ada");
        var form = await PageForm.GetPageAsync(ada, $"/admin/contents/item/{id}/edit");

        // Someone else saves while the form is open.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var item = (await content.GetAsync(id, VersionOptions.Latest))!;
            CompanyType.SetCode(item, "OTHER");
            Assert.True((await content.UpdateAsync(item)).Succeeded);
        }

        var response = await PageForm.PostAsync(ada, $"/admin/contents/item/{id}/edit", form,
            ("DisplayText", "Acme Renamed"), ("Fields.Company.Code.Text", "MINE"), ("Fields.Company.Employees.Value", "12"), ("submit", "draft"),
            ("ContentItemVersionId", PageForm.Input(form, "ContentItemVersionId")), ("RowVersion", PageForm.Input(form, "RowVersion")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("changed by someone else", page);
        Assert.Equal("Acme Renamed", PageForm.Input(page, "DisplayText"));
        Assert.Equal("MINE", PageForm.Input(page, "Fields.Company.Code.Text"));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
            Assert.Equal("OTHER", CompanyType.Code(item!));
        }
    }

    [Theory, Databases]
    public async Task A_word_in_a_number_box_is_named_beside_its_field_and_nothing_is_stored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        var ada = await ApiSession.SignInAsync(host, "ada");
        var form = await PageForm.GetPageAsync(ada, "/admin/contents/Company/create");

        var response = await PageForm.PostAsync(ada, "/admin/contents/Company/create", form,
            ("DisplayText", "Wordy"), ("Fields.Company.Code.Text", ""), ("Fields.Company.Employees.Value", "many"),
            ("Fields.Company.Revenue.Amount", "10"), ("Fields.Company.Revenue.Currency", "XXZ"), ("submit", "publish"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Employees must be a number; &#x27;many&#x27; is not one.", page);
        Assert.Contains("id=\"f-Company-Code-errors\"", page);
        Assert.Contains("id=\"f-Company-Revenue-errors\"", page);
        Assert.Equal("many", PageForm.Input(page, "Fields.Company.Employees.Value"));

        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentManagement.Queries.IContentQueryFactory>().Query("Company").Latest().CountAsync());
    }

    [Theory, Databases]
    public async Task A_user_without_content_permissions_is_refused_every_content_page(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = await StartAsync(db);
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        await ApiSession.CreateUserAsync(host, "nick", "Nobody");
        var id = await CreateAsync(host, "ada", "Acme", "ACME");
        var nick = await ApiSession.SignInAsync(host, "nick");

        var index = await PageForm.GetPageAsync(nick, "/admin/contents");
        Assert.DoesNotContain("/admin/contents/Company", index);
        foreach (var url in new[] { "/admin/contents/Company", "/admin/contents/Company/create", $"/admin/contents/item/{id}/edit", $"/admin/contents/item/{id}/audit" })
            PageForm.AssertRefused(await nick.GetAsync(url));
        Assert.Equal(HttpStatusCode.NotFound, (await nick.GetAsync("/admin/contents/Spaceship")).StatusCode);
    }

    private static async Task<TestWebHost> StartAsync(TestDatabase db)
    {
        var host = new TestWebHost(db);
        _ = host.Server;
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Contents"]);
        await CompanyType.DefineAsync(scope.ServiceProvider);
        return host;
    }

    private static async Task<string> CreateAsync(TestWebHost host, string owner, string title, string code)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await CompanyType.NewAsync(content, title, code);
        item.Owner = owner;
        var result = await content.CreateAsync(item, publish: false);
        Assert.True(result.Succeeded, result.ToString());
        return item.ContentItemId;
    }
}
