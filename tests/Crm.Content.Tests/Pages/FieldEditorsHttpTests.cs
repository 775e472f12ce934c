using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Content.Tests.Api;
using OrchardCrm.ContentManagement;
using OrchardCrm.ContentManagement.Metadata;
using OrchardCrm.Data.Entities;
using OrchardCrm.Modules;
using OrchardCrm.Security;
using OrchardCrm.Testing;

namespace OrchardCrm.Content.Tests.Pages;

/// <summary>The editors not driven by the browser tests: what their posted inputs become, and how they come back.</summary>
public sealed class FieldEditorsHttpTests
{
    [Theory, Databases]
    public async Task Every_kind_of_input_is_stored_as_its_field_and_shown_again(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var host = new TestWebHost(db);
        _ = host.Server;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().EnableAsync(["Crm.Contents"]);
            var definitions = scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>();
            await definitions.AlterPartDefinitionAsync("Lead", part => part
                .WithField("Email", FieldKinds.Email, "Email")
                .WithField("Phone", FieldKinds.Phone, "Phone")
                .WithField("Call", FieldKinds.DateTime, "Next call")
                .WithField("Notes", FieldKinds.Markdown, "Notes")
                .WithField("Letter", FieldKinds.Html, "Letter")
                .WithField("Summary", FieldKinds.Text, "Summary", s => s.Editor = "TextArea")
                .WithField("Channels", FieldKinds.Options, "Channels", s => { s.Options = ["Mail", "Phone", "Visit"]; s.Multiple = true; })
                .WithField("Rep", FieldKinds.UserPicker, "Representative"));
            await definitions.AlterTypeDefinitionAsync("Lead", type => type.DisplayedAs("Lead").WithPart("Lead"));
        }
        await ApiSession.CreateUserAsync(host, "ada", RoleNames.Administrator);
        string adaId;
        await using (var scope = host.Services.CreateAsyncScope())
            adaId = (await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().FindByNameAsync("ada"))!.Id;
        var ada = await ApiSession.SignInAsync(host, "ada");

        var form = await PageForm.GetPageAsync(ada, "/admin/contents/Lead/create");
        Assert.Contains("<textarea", form);
        Assert.Contains("type=\"datetime-local\"", form);
        var response = await PageForm.PostAsync(ada, "/admin/contents/Lead/create", form,
            ("DisplayText", "Grace"), ("Fields.Lead.Email.Email", "grace@EXAMPLE.com"), ("Fields.Lead.Phone.Phone", "+44 20 7946 0000"),
            ("Fields.Lead.Call.Value", "2026-12-24T09:30"), ("Fields.Lead.Notes.Markdown", "**warm** lead"),
            ("Fields.Lead.Letter.Html", "<p>Hello<script>alert(1)</script></p>"), ("Fields.Lead.Summary.Text", "line one\nline two"),
            ("Fields.Lead.Channels.Values", "Mail"), ("Fields.Lead.Channels.Values", "Visit"), ("Fields.Lead.Rep.UserIds", adaId),
            ("submit", "publish"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var editUrl = response.Headers.Location!.ToString();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var id = editUrl.Split('/')[^2];
            var item = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Published))!;
            Assert.Equal("grace@example.com", item.GetField("Lead", "Email")!["Email"]!.GetValue<string>());
            Assert.Equal("2026-12-24T09:30:00Z", item.GetField("Lead", "Call")!["Value"]!.GetValue<string>());
            Assert.DoesNotContain("script", item.GetField("Lead", "Letter")!["Html"]!.GetValue<string>());
            Assert.Equal("line one\nline two", item.GetField("Lead", "Summary")!["Text"]!.GetValue<string>());
            Assert.Equal(["Mail", "Visit"], item.GetField("Lead", "Channels")!["Values"]!.AsArray().Select(v => v!.GetValue<string>()));
            Assert.Equal(adaId, item.GetField("Lead", "Rep")!["UserIds"]![0]!.GetValue<string>());
        }

        var edit = await PageForm.GetPageAsync(ada, editUrl);
        Assert.Equal("2026-12-24T09:30", PageForm.Input(edit, "Fields.Lead.Call.Value"));
        Assert.Equal("+44 20 7946 0000", PageForm.Input(edit, "Fields.Lead.Phone.Phone"));
        Assert.Matches($"<option value=\"{adaId}\" selected=\"selected\">ada</option>", edit);
        Assert.Matches("value=\"Visit\" checked=\"checked\"", edit);
        Assert.Contains("**warm** lead</textarea>", edit);
    }
}
