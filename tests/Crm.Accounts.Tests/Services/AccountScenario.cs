using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.Accounts.Services;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;
using OrchardCrm.Testing;

namespace OrchardCrm.Accounts.Tests.Services;

/// <summary>A shell with Crm.Accounts on and the account services registered, and quick ways to write accounts, people, activities and tasks.</summary>
internal sealed class AccountScenario(TestShell shell)
{
    public TestShell Shell { get; } = shell;

    public static async Task<AccountScenario> StartAsync(TestDatabase db)
    {
        var shell = await TestShell.StartAsync(db, services => services.AddAccountServices());
        await shell.EnableAsync("Crm.Accounts");
        return new AccountScenario(shell);
    }

    public Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work) => Shell.ScopeAsync(work);

    public Task<T> ServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull =>
        Shell.ScopeAsync(sp => work(sp.GetRequiredService<TService>()));

    public Task<ContentItem> AccountAsync(string name, string? domain = null, string? owner = null, string? parentId = null, Action<AccountPart>? more = null) =>
        CreateAsync(AccountTypes.Account, owner, i => i.Alter<AccountPart>(a =>
        {
            a.Name.Text = name;
            a.Domain.Text = domain;
            if (parentId is not null) a.ParentAccount.ContentItemIds = [parentId];
            more?.Invoke(a);
        }));

    public Task<ContentItem> ContactAsync(string first, string last, string? email, params ContactAccountLink[] links) =>
        CreateAsync(AccountTypes.Contact, null, i => i.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = first;
            c.LastName.Text = last;
            c.Email.Email = email;
            c.Accounts = [.. links];
        }));

    public Task<ContentItem> ActivityAsync(string kind, DateTime when, string? accountId, string? outcome = null, params string[] contactIds) =>
        CreateAsync(AccountTypes.Activity, null, i => i.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [kind];
            a.OccurredUtc.Value = when;
            a.Outcome.Text = outcome ?? kind;
            if (accountId is not null) a.Account.ContentItemIds = [accountId];
            a.Contacts.ContentItemIds = contactIds;
        }));

    public Task<ContentItem> TaskAsync(string title, string? accountId, string status = "Open", string? assigneeId = null, string? owner = null, string? contactId = null) =>
        CreateAsync(AccountTypes.Task, owner, i => i.Alter<TaskPart>(t =>
        {
            t.Title.Text = title;
            t.Status.Values = [status];
            if (accountId is not null) t.Account.ContentItemIds = [accountId];
            if (contactId is not null) t.Contact.ContentItemIds = [contactId];
            if (assigneeId is not null) t.Assignee.UserIds = [assigneeId];
        }));

    /// <summary>A user (for owners and assignees); returns the user's id.</summary>
    public Task<string> UserAsync(string userName) => Shell.ScopeAsync(async sp =>
    {
        var users = sp.GetRequiredService<UserManager<CrmUser>>();
        var user = new CrmUser { UserName = userName, Email = $"{userName}@example.com" };
        var result = await users.CreateAsync(user, "Sup3rSecret!pw");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    });

    public Task<ContentItem?> GetAsync(string id) => Shell.ScopeAsync(sp => sp.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest));

    private Task<ContentItem> CreateAsync(string type, string? owner, Action<ContentItem> fill) => Shell.ScopeAsync(async sp =>
    {
        var content = sp.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type);
        fill(item);
        if (owner is not null) item.Owner = owner;
        var result = await content.CreateAsync(item);
        Assert.True(result.Succeeded, result.ToString());
        return (await content.GetAsync(item.ContentItemId))!;
    });
}
