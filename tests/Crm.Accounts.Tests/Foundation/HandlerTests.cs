using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Foundation;

public sealed class HandlerTests
{
    [Theory, Databases]
    public async Task An_account_is_titled_by_its_name_and_gets_its_domain_from_the_website(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);

        var derived = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a =>
        {
            a.Name.Text = "Contoso Retail";
            a.Website.Url = "https://www.Contoso-Retail.COM/about-us";
        }));
        var given = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a =>
        {
            a.Name.Text = "Fabrikam";
            a.Website.Url = "https://shop.fabrikam.example";
            a.Domain.Text = "fabrikam.com";
        }));

        Assert.Equal("Contoso Retail", derived.DisplayText);
        Assert.Equal("contoso-retail.com", derived.As<AccountPart>().Domain.Text);
        Assert.Equal("fabrikam.com", given.As<AccountPart>().Domain.Text);

        // Renaming updates the title too.
        await shell.ScopeAsync(async sp =>
        {
            var contents = sp.GetRequiredService<IContentManager>();
            var latest = (await contents.GetAsync(derived.ContentItemId, VersionOptions.DraftRequired))!;
            latest.Alter<AccountPart>(a => a.Name.Text = "Contoso Stores");
            Assert.True((await contents.UpdateAsync(latest)).Succeeded);
            Assert.Equal("Contoso Stores", (await contents.GetAsync(derived.ContentItemId, VersionOptions.Latest))!.DisplayText);
        });
    }

    [Theory, Databases]
    public async Task A_contact_is_titled_by_full_name_with_its_primary_email_and_current_accounts_mirrored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);
        var current = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a => a.Name.Text = "Current Co"));
        var former = await shell.CreateAsync(AccountTypes.Account, i => i.Alter<AccountPart>(a => a.Name.Text = "Former Co"));

        var contact = await shell.CreateAsync(AccountTypes.Contact, i => i.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = "Ada";
            c.LastName.Text = "Lovelace";
            c.Emails = [new ContactEmail("ada@home.example", false), new ContactEmail("ada@current.example", true)];
            c.Accounts = [new ContactAccountLink(current.ContentItemId, "CTO", "Decision maker", true), new ContactAccountLink(former.ContentItemId, "Engineer", "User", false)];
        }));
        var single = await shell.CreateAsync(AccountTypes.Contact, i => i.Alter<ContactPart>(c =>
        {
            c.LastName.Text = "Hopper";
            c.Email.Email = "grace@navy.example";
        }));

        var part = contact.As<ContactPart>();
        Assert.Equal("Ada Lovelace", contact.DisplayText);
        Assert.Equal("ada@current.example", part.Email.Email);
        Assert.Equal([current.ContentItemId], part.AccountIds.ContentItemIds);
        Assert.Equal("Hopper", single.DisplayText);
        Assert.Equal([new ContactEmail("grace@navy.example", true)], single.As<ContactPart>().Emails);
    }

    [Theory, Databases]
    public async Task Activities_and_tasks_are_titled_by_what_happened_and_what_to_do(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await AccountsTestShell.StartWithAccountsAsync(db);

        var withOutcome = await shell.CreateAsync(AccountTypes.Activity, i => i.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Call];
            a.Outcome.Text = "Agreed on a pilot\nsecond line";
            a.Body.Markdown = "ignored";
        }));
        var withBody = await shell.CreateAsync(AccountTypes.Activity, i => i.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Meeting];
            a.Body.Markdown = "\n# Quarterly review\nDetails";
        }));
        var task = await shell.CreateAsync(AccountTypes.Task, i => i.Alter<TaskPart>(t => t.Title.Text = "Send the proposal"));

        Assert.Equal("Call: Agreed on a pilot", withOutcome.DisplayText);
        Assert.Equal("Meeting: Quarterly review", withBody.DisplayText);
        Assert.Equal("Send the proposal", task.DisplayText);
    }
}
