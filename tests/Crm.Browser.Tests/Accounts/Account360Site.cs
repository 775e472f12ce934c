using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;

namespace OrchardCrm.Browser.Tests.Accounts;

/// <summary>Accounts and contacts stored directly, for tests about the pages that show them.</summary>
internal static class Account360Site
{
    public static async Task<string> CreateAccountAsync(IServiceProvider services, string name, string owner, string? industry = null, string? parentId = null)
    {
        var account = await NewAsync(services, AccountTypes.Account, owner, item => item.Alter<AccountPart>(a =>
        {
            a.Name.Text = name;
            if (industry is not null) a.Industry.Values = [industry];
            if (parentId is not null) a.ParentAccount.ContentItemIds = [parentId];
        }));
        return account;
    }

    public static Task<string> CreateContactAsync(IServiceProvider services, string first, string last, string accountId, string title, string role, string? reportsTo = null) =>
        NewAsync(services, AccountTypes.Contact, "admin", item => item.Alter<ContactPart>(c =>
        {
            c.FirstName.Text = first;
            c.LastName.Text = last;
            c.Emails = [new ContactEmail($"{first}.{last}@example.com".ToLowerInvariant(), true)];
            c.Accounts = [new ContactAccountLink(accountId, title, role, Current: true)];
            if (reportsTo is not null) c.ReportsTo.ContentItemIds = [reportsTo];
        }));

    public static Task<string> CreateActivityAsync(IServiceProvider services, string accountId, string kind, string outcome, DateTime occurredUtc) =>
        NewAsync(services, AccountTypes.Activity, "admin", item => item.Alter<ActivityPart>(a =>
        {
            a.Kind.Values = [kind];
            a.Outcome.Text = outcome;
            a.OccurredUtc.Value = occurredUtc;
            a.Account.ContentItemIds = [accountId];
        }));

    /// <summary>A published item of the type, filled by <paramref name="fill"/>, stored as <paramref name="owner"/> would; its id.</summary>
    public static async Task<string> NewAsync(IServiceProvider services, string type, string owner, Action<ContentItem> fill)
    {
        await using var scope = services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.NewAsync(type);
        item.Owner = owner;
        fill(item);
        var result = await content.CreateAsync(item, publish: true);
        if (!result.Succeeded) throw new InvalidOperationException(result.ToString());
        return item.ContentItemId;
    }
}
