using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Data.Entities;

namespace OrchardCrm.Browser.Tests.Accounts;

/// <summary>Writes accounts, activities, tasks and users straight through the services, as the pages' starting point.</summary>
internal static class MergeHandoverData
{
    public const string Password = "Sup3rSecret!pw";

    public static Task<string> AccountAsync(IServiceProvider services, string name, string? domain, string owner = BrowserSite.AdminUserName) =>
        CreateAsync(services, AccountTypes.Account, owner, item => item.Alter<AccountPart>(a =>
        {
            a.Name.Text = name;
            a.Domain.Text = domain;
        }));

    public static Task<string> ContactAsync(IServiceProvider services, string first, string last, string email) =>
        CreateAsync(services, AccountTypes.Contact, BrowserSite.AdminUserName, item => item.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = first;
            c.LastName.Text = last;
            c.Email.Email = email;
        }));

    public static Task<string> ContactActivityAsync(IServiceProvider services, string contactId, string outcome) =>
        CreateAsync(services, AccountTypes.Activity, BrowserSite.AdminUserName, item => item.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Email];
            a.OccurredUtc.Value = DateTime.UtcNow.AddDays(-1);
            a.Outcome.Text = outcome;
            a.Contacts.ContentItemIds = [contactId];
        }));

    public static Task<string> ActivityAsync(IServiceProvider services, string accountId, string outcome) =>
        CreateAsync(services, AccountTypes.Activity, BrowserSite.AdminUserName, item => item.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [ActivityKinds.Call];
            a.OccurredUtc.Value = DateTime.UtcNow.AddDays(-3);
            a.Outcome.Text = outcome;
            a.Account.ContentItemIds = [accountId];
        }));

    public static Task<string> TaskAsync(IServiceProvider services, string title, string? accountId, string? assigneeId, DateTime? dueUtc = null, string priority = "Normal") =>
        CreateAsync(services, AccountTypes.Task, BrowserSite.AdminUserName, item => item.Alter<TaskPart>(t =>
        {
            t.Title.Text = title;
            t.Status.Values = ["Open"];
            t.Priority.Values = [priority];
            t.DueUtc.Value = dueUtc;
            if (accountId is not null) t.Account.ContentItemIds = [accountId];
            if (assigneeId is not null) t.Assignee.UserIds = [assigneeId];
        }));

    /// <summary>A user with no role (an owner or assignee); returns the user's id.</summary>
    public static async Task<string> UserAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        var user = new CrmUser { UserName = userName, Email = $"{userName}@example.com", CreatedUtc = DateTime.UtcNow };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public static async Task<string> UserIdAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>().FindByNameAsync(userName);
        return user!.Id;
    }

    public static async Task<ContentItem?> GetAsync(IServiceProvider services, string id)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id, VersionOptions.Latest);
    }

    public static async Task<string> CreateAsync(IServiceProvider services, string type, string owner, Action<ContentItem> fill)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type);
        fill(item);
        item.Owner = owner;
        var result = await content.CreateAsync(item, publish: true);
        if (!result.Succeeded) throw new InvalidOperationException(result.ToString());
        return item.ContentItemId;
    }
}
